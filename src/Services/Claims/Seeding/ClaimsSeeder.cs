using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Claims.Claims;
using Platform.Claims.Data;
using Platform.Claims.Members;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Outbox;
using Platform.Synthetic;

namespace Platform.Claims.Seeding;

public sealed record ClaimsSeeded(long Claims, ulong Lines, ulong NewMembers, long Payments, TimeSpan Elapsed);

/// <summary>
/// Loads synthetic claims with binary COPY, in one transaction, into an empty claims table only (the claim numbers are
/// a pure function of the claim's index, so a second load would repeat them). The member copy the claims need is
/// written from the same <see cref="SyntheticPlan"/> eligibility loaded, beside whatever MemberEligibilityChanged
/// already brought: a member already known is kept as it is. Announcing a million members through the bus instead
/// would keep the relay and the consumers busy for many minutes, for the same rows.
/// </summary>
public sealed class ClaimsSeeder(ClaimsDbContext db)
{
    /// <summary>Claims per COPY of claims then of their lines: the lines' foreign keys need their claims first.</summary>
    private const int BatchSize = 10_000;

    /// <summary>Claims announced per SaveChanges when <c>announce</c> is set.</summary>
    private const int AnnouncementBatch = 500;

    /// <param name="announce">
    /// When set, the seed announces each claim as intake and adjudication would have (ClaimReceived, ClaimFinalized,
    /// ClaimPaid through the outbox, in the same transaction), so eligibility's face-sheet counts and the dispute
    /// service's copy know them: the demo's few thousand, not a benchmark's millions.
    /// </param>
    /// <returns>What was loaded, or null when the claims table was not empty.</returns>
    public async Task<ClaimsSeeded?> SeedAsync(SyntheticPlan plan, SyntheticClaims claims, long lines, bool announce, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Serializes concurrent seeds, so the emptiness checked below still holds when this one commits.
            await ExecuteAsync(connection, "LOCK TABLE claims IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
            if (await db.Claims.AnyAsync(cancellationToken))
            {
                return null;
            }

            var newMembers = await AddMembersAsync(connection, plan, cancellationToken);
            if (announce)
            {
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
            }

            var (claimCount, lineCount) = (0L, 0UL);
            var claimTable = new CopyTable<Claim>(db.Model);
            var lineTable = new CopyTable<ClaimLine>(db.Model);
            foreach (var batch in claims.Claims(lines).Chunk(BatchSize))
            {
                claimCount += (long)await claimTable.WriteAsync(connection, batch.Select(s => s.Claim), cancellationToken);
                lineCount += await lineTable.WriteAsync(connection, batch.SelectMany(s => s.Claim.Lines), cancellationToken);
                if (announce)
                {
                    await AnnounceAsync(batch, cancellationToken);
                }
            }

            var payments = await ExecuteAsync(connection, PaymentsOfPaidClaims, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // Fresh statistics, so the planner knows the tables went from empty to large.
            await ExecuteAsync(connection, "ANALYZE claims, claim_lines, members, payments", cancellationToken);
            return new ClaimsSeeded(claimCount, lineCount, newMembers, payments, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// CLM-03: each check run's payment, from the claims it paid (their sum, the payee's NPI and TIN); a run whose
    /// claims were all denied paid nothing, so there is no check, and its claims name none.
    /// </summary>
    private const string PaymentsOfPaidClaims = """
        WITH runs AS (
            SELECT "PaymentId", min("PaymentMethod") AS method, min("PaymentNumber") AS number, min("PaidOn") AS paid_on,
                   min("BillingNpi") AS npi, min("BillingTin") AS tin, sum(coalesce("PayableAmount", 0)) AS amount
            FROM claims WHERE "PaymentId" IS NOT NULL GROUP BY "PaymentId"),
        unpaid AS (
            UPDATE claims SET "PaymentId" = NULL, "PaymentMethod" = NULL, "PaymentNumber" = NULL, "PaidOn" = NULL
            WHERE "PaymentId" IN (SELECT "PaymentId" FROM runs WHERE amount = 0))
        INSERT INTO payments ("Id", "Method", "Number", "PaidOn", "PayeeNpi", "PayeeTin", "Amount", "RecordedAt", "IntakeDigest")
        SELECT "PaymentId", method, number, paid_on, npi, tin, amount, now(), encode(sha256(convert_to("PaymentId"::text, 'UTF8')), 'hex')
        FROM runs WHERE amount > 0
        """;

    private async Task<ulong> AddMembersAsync(NpgsqlConnection connection, SyntheticPlan plan, CancellationToken cancellationToken)
    {
        var staging = new CopyTable<ClaimsMember>(db.Model, "seed_members");
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {staging.Table} (LIKE members) ON COMMIT DROP", cancellationToken);
        await staging.WriteAsync(connection, plan.Members().Select(CopyOf), cancellationToken);
        return (ulong)await ExecuteAsync(connection, $"INSERT INTO members SELECT * FROM {staging.Table} ON CONFLICT (\"Cin\") DO NOTHING", cancellationToken);
    }

    /// <summary>The member as MemberEligibilityChanged would have brought them at version 0, so any real change replaces it.</summary>
    private static ClaimsMember CopyOf(SyntheticMember member) => new()
    {
        Cin = member.Cin,
        FirstName = member.FirstName,
        LastName = member.LastName,
        DateOfBirth = member.DateOfBirth,
        Coverage = [.. member.Spans.Select(s => new MemberCoverage(s.LineOfBusiness, s.Program, s.StartDate, s.EndDate))],
    };

    private async Task AnnounceAsync(SeededClaim[] batch, CancellationToken cancellationToken)
    {
        foreach (var chunk in batch.Chunk(AnnouncementBatch))
        {
            foreach (var (claim, finalized, paid) in chunk)
            {
                db.AddIntegrationEvent(claim.Received(), claim.ReceivedAt);
                if (finalized is not null)
                {
                    db.AddIntegrationEvent(finalized, finalized.FinalizedAt);
                }

                if (paid is not null)
                {
                    db.AddIntegrationEvent(paid, new DateTimeOffset(paid.PaidOn.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
