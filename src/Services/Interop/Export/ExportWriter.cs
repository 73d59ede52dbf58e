using System.Text;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Interop.Data;
using Platform.Interop.Fhir;
using Platform.ServiceDefaults;

namespace Platform.Interop.Export;

/// <summary>
/// Runs one queued export at a time: takes it with a lease (so a crashed run's job is taken again once the lease
/// lapses), writes its NDJSON files from the copies, and completes it. Also drops expired exports with their files.
/// </summary>
public sealed class ExportWriter(InteropDbContext db, TimeProvider time, IOptions<ExportOptions> options, ILogger<ExportWriter> logger)
{
    /// <summary>Resources per NDJSON file: a file is one row and one response body, a few megabytes at most.</summary>
    public const int ResourcesPerFile = 10_000;

    private const int PageSize = 1_000;

    // For the run, which works with the same database, clock and options.
    private InteropDbContext Db => db;

    private TimeProvider Time => time;

    private ExportOptions Options => options.Value;

    /// <summary>Runs the next export due, if any; false when none is waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = now + options.Value.Lease;
        var taken = await db.Database.SqlQuery<Guid>($"""
            UPDATE bulk_exports SET "Status" = 'Running', "LeaseUntil" = {lease}, "Attempts" = "Attempts" + 1, "TransactionTime" = {now}
            WHERE "Id" = (SELECT "Id" FROM bulk_exports
                          WHERE ("Status" = 'Queued' OR ("Status" = 'Running' AND "LeaseUntil" < {now})) AND "ExpiresAt" > {now}
                          ORDER BY "RequestedAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        if (taken is not [var exportId] || await db.BulkExports.SingleOrDefaultAsync(e => e.Id == exportId, cancellationToken) is not { } export)
        {
            return false;
        }

        if (export.Attempts > options.Value.MaxAttempts)
        {
            export.Status = BulkExportStatus.Failed;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogError("Export {ExportId} failed after {Attempts} attempts", export.Id, export.Attempts - 1);
            return true;
        }

        // A run taken over from a crashed one starts again from nothing.
        await db.BulkExportFiles.Where(f => f.ExportId == export.Id).ExecuteDeleteAsync(cancellationToken);
        var run = new Run(this, export);
        var done = time.GetUtcNow();
        var expires = done + options.Value.Retention;
        // By statement: a cancelled export (deleted meanwhile) stays gone.
        if (await run.WriteAsync(cancellationToken) && await db.BulkExports.Where(e => e.Id == exportId).ExecuteUpdateAsync(e => e
                .SetProperty(x => x.Status, BulkExportStatus.Completed).SetProperty(x => x.CompletedAt, done)
                .SetProperty(x => x.ExpiresAt, expires).SetProperty(x => x.LeaseUntil, (DateTimeOffset?)null), cancellationToken) == 1)
        {
            logger.LogInformation("Export {ExportId} completed: {Files} files", exportId, run.Files);
        }

        return true;
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.BulkExports.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The network's members today (Provider Access attribution), changed since <paramref name="since"/> if given.</summary>
    private IQueryable<ExportMember> Attributed(string network, DateTimeOffset? since)
    {
        var today = time.PlanToday();
        return db.ExportMembers.AsNoTracking()
            .Where(m => m.Coverage.Any(c => c.Program == network && c.StartDate <= today && (c.EndDate == null || c.EndDate >= today)))
            .Where(m => since == null || m.ChangedAt > since);
    }

    /// <summary>One run of one export: the files written so far, flushed every <see cref="ResourcesPerFile"/> resources.</summary>
    private sealed class Run(ExportWriter writer, BulkExport export)
    {
        private readonly StringBuilder lines = new();
        private readonly HashSet<string> members = [];
        private int count;

        public int Files { get; private set; }

        /// <summary>False when the export was cancelled (deleted) while running.</summary>
        public async Task<bool> WriteAsync(CancellationToken cancellationToken)
        {
            foreach (var type in export.Types)
            {
                var written = type == ExportTypes.ExplanationOfBenefit
                    ? await WriteClaimsAsync(cancellationToken)
                    : await WriteMembersAsync(type, cancellationToken);
                if (!written || !await FlushAsync(type, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }

        private async Task<bool> WriteMembersAsync(string type, CancellationToken cancellationToken)
        {
            var (after, today) = ("", writer.Time.PlanToday());
            while (await writer.Attributed(export.Network, export.Since).Where(m => string.Compare(m.Cin, after) > 0).OrderBy(m => m.Cin).Take(PageSize)
                       .ToListAsync(cancellationToken) is { Count: > 0 } page)
            {
                foreach (var member in page)
                {
                    var resources = type == ExportTypes.Patient ? [ExportResources.Patient(member, today)] : ExportResources.Coverages(member, export.Network, today);
                    if (!await AddAsync(type, member.Cin, resources, cancellationToken))
                    {
                        return false;
                    }
                }

                after = page[^1].Cin;
            }

            return true;
        }

        /// <summary>The network's own claims (ACC-06) of its attributed members, changed since <c>_since</c>.</summary>
        private async Task<bool> WriteClaimsAsync(CancellationToken cancellationToken)
        {
            var (network, since, after) = (export.Network, export.Since, "");
            var attributed = writer.Attributed(network, since: null).Select(m => m.Cin);
            while (await writer.Db.ExportClaims.AsNoTracking()
                       .Where(c => c.HealthNetwork == network && attributed.Contains(c.Cin) && (since == null || c.ChangedAt > since))
                       .Where(c => string.Compare(c.ClaimNumber, after) > 0).OrderBy(c => c.ClaimNumber).Take(PageSize)
                       .ToListAsync(cancellationToken) is { Count: > 0 } page)
            {
                foreach (var claim in page)
                {
                    if (!await AddAsync(ExportTypes.ExplanationOfBenefit, claim.Cin, [ExportResources.ExplanationOfBenefit(claim)], cancellationToken))
                    {
                        return false;
                    }
                }

                after = page[^1].ClaimNumber;
            }

            return true;
        }

        private async Task<bool> AddAsync(string type, string cin, IEnumerable<Resource> resources, CancellationToken cancellationToken)
        {
            foreach (var resource in resources)
            {
                lines.Append(FhirJson.Serialize(resource)).Append('\n');
                members.Add(cin);
                if (++count == ResourcesPerFile && !await FlushAsync(type, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Stores the lines gathered as one file and renews the lease; false when the export is gone (cancelled).</summary>
        private async Task<bool> FlushAsync(string type, CancellationToken cancellationToken)
        {
            var db = writer.Db;
            var now = writer.Time.GetUtcNow();
            var lease = now + writer.Options.Lease;
            if (await db.BulkExports.Where(e => e.Id == export.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.LeaseUntil, lease), cancellationToken) == 0)
            {
                return false;
            }

            if (count > 0)
            {
                db.BulkExportFiles.Add(new BulkExportFile
                {
                    Id = Guid.CreateVersion7(now), ExportId = export.Id, ResourceType = type, Ordinal = Files++, Count = count,
                    MemberCins = [.. members], Content = lines.ToString(),
                });
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                (count, _) = (0, lines.Clear());
                members.Clear();
            }

            return true;
        }
    }
}
