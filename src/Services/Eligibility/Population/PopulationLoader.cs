using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Eligibility.Population;

public sealed record PopulationLoaded(int Members, ulong Spans, ulong NewProviders, TimeSpan Elapsed);

/// <summary>
/// Loads a synthetic population with binary COPY, in one transaction so a failed load leaves nothing behind.
/// It refuses a members table that already has rows rather than merging into it: the synthetic ids are a pure function
/// of the member index, so a second load would repeat every key, and COPY has no ON CONFLICT to skip them row by row.
/// Providers are few and may already exist (the demo's, or a directory kept by hand), so they go through a staging
/// table and only new NPIs are added: an existing row is kept as it is.
/// </summary>
public sealed class PopulationLoader(EligibilityDbContext db)
{
    /// <summary>Members per COPY of members then of their spans: the spans' foreign keys need their members first.</summary>
    public const int BatchSize = 20_000;

    /// <summary>Members announced per SaveChanges when <c>announce</c> is set.</summary>
    private const int AnnouncementBatch = 500;

    /// <param name="announce">
    /// When set, the time to announce every member at (MemberEligibilityChanged through the outbox, in the same transaction), so the other
    /// services' copies (claims') know them: the demo's few thousand, not a benchmark's million, which would keep the
    /// relay and the consumers busy for minutes.
    /// </param>
    /// <returns>What was loaded, or null when the members table was not empty.</returns>
    public async Task<PopulationLoaded?> LoadAsync(SyntheticPopulation population, DateTimeOffset? announce, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Serializes concurrent loads, so the emptiness checked below still holds when this one commits.
            await ExecuteAsync(connection, "LOCK TABLE members IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
            if (await db.Members.AnyAsync(cancellationToken))
            {
                return null;
            }

            var newProviders = await AddProvidersAsync(connection, population.Providers, cancellationToken);
            var members = new CopyTable<Member>(db.Model);
            var spans = new CopyTable<CoverageSpan>(db.Model);
            var spanCount = 0UL;
            foreach (var batch in population.Members().Chunk(BatchSize))
            {
                await members.WriteAsync(connection, batch, cancellationToken);
                spanCount += await spans.WriteAsync(connection, batch.SelectMany(m => m.Spans), cancellationToken);
            }

            if (announce is { } at)
            {
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
                foreach (var batch in population.Members().Chunk(AnnouncementBatch))
                {
                    foreach (var member in batch)
                    {
                        db.AddIntegrationEvent(MemberAnnouncement.Of(member, "synthetic-population", at), at);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await transaction.CommitAsync(cancellationToken);
            // Fresh statistics, so the planner knows the tables went from empty to large.
            await ExecuteAsync(connection, "ANALYZE members, coverage_spans, providers", cancellationToken);
            return new PopulationLoaded(population.Size, spanCount, newProviders, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ulong> AddProvidersAsync(NpgsqlConnection connection, IEnumerable<Provider> providers, CancellationToken cancellationToken)
    {
        var staging = new CopyTable<Provider>(db.Model, "population_providers");
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {staging.Table} (LIKE providers) ON COMMIT DROP", cancellationToken);
        await staging.WriteAsync(connection, providers, cancellationToken);
        return (ulong)await ExecuteAsync(connection, $"INSERT INTO providers SELECT * FROM {staging.Table} ON CONFLICT (\"Npi\") DO NOTHING", cancellationToken);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
