using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Reporting.Data;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults;
using Platform.Synthetic;

namespace Platform.Reporting.Seeding;

public sealed record PharmacySeeded(ulong Fills, ulong Exclusions, int NewProviders, int NewMembers, TimeSpan Elapsed);

/// <summary>
/// Loads synthetic pharmacy fills and exclusions (RPT-03) with binary COPY, in one transaction, into an empty fills
/// table only (and its exclusions) (the fills' ids are a function of the member index, so a second load would repeat them), together with
/// the member and directory copies of the same plan the report scopes them by (<see cref="DemoCopies.WriteAsync"/>).
/// </summary>
public sealed class PharmacySeeder(ReportingDbContext db)
{
    /// <returns>What was loaded, or null when the fills table was not empty.</returns>
    public async Task<PharmacySeeded?> SeedAsync(SyntheticPlan plan, SyntheticPharmacy pharmacy, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Serializes concurrent seeds, so the emptiness checked below still holds when this one commits.
            await ExecuteAsync(connection, "LOCK TABLE pharmacy_fills IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
            if (await db.PharmacyFills.AnyAsync(cancellationToken))
            {
                return null;
            }

            var (providers, members) = await DemoCopies.WriteAsync(db, connection, plan, cancellationToken);
            // One pass over the plan: the few exclusions are kept aside while the fills stream.
            List<MemberExclusion> exclusions = [];
            var fills = await new CopyTable<PharmacyFill>(db.Model).WriteAsync(
                connection, pharmacy.Members().SelectMany(m => { exclusions.AddRange(m.Exclusions); return m.Fills; }), cancellationToken);
            var excluded = await new CopyTable<MemberExclusion>(db.Model).WriteAsync(connection, exclusions, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Fresh statistics, so the planner knows the tables went from empty to large.
            await ExecuteAsync(connection, "ANALYZE pharmacy_fills, member_exclusions, members, providers", cancellationToken);
            return new PharmacySeeded(fills, excluded, providers, members, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
