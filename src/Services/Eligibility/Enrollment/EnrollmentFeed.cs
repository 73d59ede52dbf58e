using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.Contracts.Eligibility;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Eligibility.Enrollment;

[JsonConverter(typeof(JsonStringEnumConverter<EnrollmentOutcome>))]
public enum EnrollmentOutcome
{
    Applied,

    /// <summary>The same batch was applied before: its report again, nothing changed.</summary>
    Replayed,

    /// <summary>The header is wrong: nothing was applied (<see cref="EnrollmentResult.Refusal"/> says why).</summary>
    Refused,

    /// <summary>Another batch was applied under this id.</summary>
    Conflict,
}

public sealed record EnrollmentResult(EnrollmentOutcome Outcome, EnrollmentReport? Report = null, EnrollmentProblem? Refusal = null);

/// <summary>Who sent a batch, for its audit entry: the signed-in plan staff, or the operator running the command.</summary>
public sealed record EnrollmentSender(string Id, string Name);

/// <summary>
/// ELG-08: applies an enrollment batch in one transaction — every good line or none — and publishes
/// MemberEligibilityChanged for each member it changed through the outbox, in the same commit.
/// </summary>
public sealed class EnrollmentFeed(EligibilityDbContext db, IAuditTrail audit, MemberCache cache, TimeProvider time)
{
    public async Task<EnrollmentResult> ApplyAsync(TextReader content, EnrollmentSender sender, CancellationToken cancellationToken)
    {
        var (file, refusal) = await EnrollmentFile.ReadAsync(content, cancellationToken);
        if (file is null)
        {
            return new EnrollmentResult(EnrollmentOutcome.Refused, Refusal: refusal);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One batch at a time: the check for an earlier batch with this id and the changes it decides on stay true until commit.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('eligibility.enrollment-feed'))", cancellationToken);
        if (await db.EnrollmentBatches.AsNoTracking().SingleOrDefaultAsync(b => b.BatchId == file.BatchId, cancellationToken) is { } earlier)
        {
            return earlier.ContentHash == file.ContentHash
                ? new EnrollmentResult(EnrollmentOutcome.Replayed, earlier.Report)
                : new EnrollmentResult(EnrollmentOutcome.Conflict);
        }

        var changes = await EnrollmentState.LoadAsync(db, file, cancellationToken);
        var problems = file.Problems.ToList();
        foreach (var (line, record) in file.Records)
        {
            if (changes.Apply(record) is { } fault)
            {
                problems.Add(new EnrollmentProblem(line, fault.Field, fault.Detail));
            }
        }

        var now = time.GetUtcNow();
        var changed = changes.Changed.Order().ToList();
        foreach (var member in changed.Select(changes.Member))
        {
            member.Version++;
            db.AddIntegrationEvent(MemberAnnouncement.Of(member, file.BatchId, now), now);
        }

        var report = new EnrollmentReport(
            file.BatchId, now, file.Records.Count + file.Problems.Count, file.Records.Count + file.Problems.Count - problems.Count,
            problems.Count, changed.Count, [.. problems.OrderBy(p => p.Line)]);
        db.EnrollmentBatches.Add(new EnrollmentBatch { BatchId = file.BatchId, ContentHash = file.ContentHash, AppliedBy = sender.Name, Report = report });
        // ACC-05: the change is recorded with whoever sent it, in the same commit.
        var entry = audit.Describe(AuditActions.Update, nameof(EnrollmentBatch), file.BatchId, changed) with { UserId = sender.Id, UserName = sender.Name };
        db.AddIntegrationEvent(new AuditRecorded([entry]), entry.At);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // After the commit, not before: a lookup between the two would cache the old coverage again. Not cancelled
        // with the request, the commit stands; if Redis is away, the events just committed invalidate later.
        await cache.InvalidateAsync(changed, CancellationToken.None);
        return new EnrollmentResult(EnrollmentOutcome.Applied, report);
    }
}
