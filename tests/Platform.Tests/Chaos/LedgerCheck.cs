using Npgsql;
using Platform.Testing;

namespace Platform.Tests.Chaos;

/// <summary>Per phase: writes accepted, and of those how many the platform lost or applied more than once.</summary>
public sealed record PhaseTally(int Accepted, int Lost, int Doubled, int Unsettled);

/// <summary>
/// Holds every accepted write of the mix against what the databases say afterwards. Lost: a row or effect that
/// should exist does not. Doubled: it exists more than once. A claim recorded is one claims row and one "Create"
/// audit entry in the plan-wide trail; finalized, it is "Finalized", one "Update" entry and one disputable claim in
/// the dispute service; a batch is one batch row, one member and one coverage span.
/// </summary>
public sealed class LedgerCheck(TestPlatform platform)
{
    /// <summary>After a tally, each accepted write with an effect missing, and the counts of its effects, for the failure message.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public async Task<Dictionary<int, PhaseTally>> TallyAsync(IReadOnlyCollection<Submission> ledger)
    {
        var accepted = ledger.Where(s => s.Outcome == SubmissionOutcome.Accepted).ToList();
        string[] Keys(SubmissionKind kind) => [.. accepted.Where(s => s.Kind == kind).Select(s => s.Key)];
        var claims = Keys(SubmissionKind.Claim);
        var finalized = Keys(SubmissionKind.Finalization);
        var cins = accepted.Where(s => s.Kind == SubmissionKind.EnrollmentBatch).Select(s => s.Cin!).ToArray();

        var recorded = await CountAsync("claimsdb", """SELECT "ClaimNumber", count(*) FROM claims WHERE "ClaimNumber" = ANY(@keys) GROUP BY 1""", claims);
        var finalRows = await CountAsync("claimsdb",
            """SELECT "ClaimNumber", count(*) FROM claims WHERE "ClaimNumber" = ANY(@keys) AND "Status" = 'Finalized' GROUP BY 1""", finalized);
        var disputable = await CountAsync("disputedb", """SELECT "ClaimNumber", count(*) FROM disputable_claims WHERE "ClaimNumber" = ANY(@keys) GROUP BY 1""", finalized);
        var created = await AuditAsync("Create", claims);
        var updated = await AuditAsync("Update", finalized);
        var batches = await CountAsync("eligibilitydb", """SELECT "BatchId", count(*) FROM enrollment_batches WHERE "BatchId" = ANY(@keys) GROUP BY 1""",
            Keys(SubmissionKind.EnrollmentBatch));
        var members = await CountAsync("eligibilitydb", """SELECT "Cin", count(*) FROM members WHERE "Cin" = ANY(@keys) GROUP BY 1""", cins);
        var spans = await CountAsync("eligibilitydb", """SELECT "MemberCin", count(*) FROM coverage_spans WHERE "MemberCin" = ANY(@keys) GROUP BY 1""", cins);

        IEnumerable<int> Effects(Submission s) => s.Kind switch
        {
            SubmissionKind.Claim => [recorded.GetValueOrDefault(s.Key), created.GetValueOrDefault(s.Key)],
            SubmissionKind.Finalization => [finalRows.GetValueOrDefault(s.Key), disputable.GetValueOrDefault(s.Key), updated.GetValueOrDefault(s.Key)],
            _ => [batches.GetValueOrDefault(s.Key), members.GetValueOrDefault(s.Cin!), spans.GetValueOrDefault(s.Cin!)],
        };

        Missing = [.. accepted.Where(s => Effects(s).Any(count => count == 0)).Select(s => $"{s.Kind} {s.Key} (phase {s.Phase}): effects {string.Join('/', Effects(s))}")];
        return ledger.GroupBy(s => s.Phase).ToDictionary(phase => phase.Key, phase => new PhaseTally(
            phase.Count(s => s.Outcome == SubmissionOutcome.Accepted),
            phase.Count(s => s.Outcome == SubmissionOutcome.Accepted && Effects(s).Any(count => count == 0)),
            phase.Count(s => s.Outcome == SubmissionOutcome.Accepted && Effects(s).Any(count => count > 1)),
            phase.Count(s => s.Outcome == SubmissionOutcome.Unsettled)));
    }

    /// <summary>Messages still waiting in each service's outbox.</summary>
    public async Task<int> UnsentAsync(IEnumerable<string> databases)
    {
        var unsent = 0;
        foreach (var database in databases)
        {
            await using var connection = await OpenAsync(database);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
            unsent += Convert.ToInt32(await command.ExecuteScalarAsync());
        }

        return unsent;
    }

    private Task<Dictionary<string, int>> AuditAsync(string action, string[] claimNumbers) => CountAsync("identitydb",
        """SELECT "ResourceId", count(*) FROM audit_entries WHERE "ResourceType" = 'Claim' AND "Action" = @action AND "ResourceId" = ANY(@keys) GROUP BY 1""",
        claimNumbers, action);

    private async Task<Dictionary<string, int>> CountAsync(string database, string sql, string[] keys, string? action = null)
    {
        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("keys", keys);
        if (action is not null)
        {
            command.Parameters.AddWithValue("action", action);
        }
        var counts = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = Convert.ToInt32(reader.GetInt64(1));
        }

        return counts;
    }

    private async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(await platform.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        return connection;
    }
}
