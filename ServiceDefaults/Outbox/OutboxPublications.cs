using System.Security.Cryptography;
using System.Text.Json;
using Platform.Contracts.Audit;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>One message the relay publishes, the outbox rows it carries, and the trace it belongs to (none for audit batches).</summary>
internal sealed record OutboxPublication(Guid MessageId, Type Type, object Payload, IReadOnlyList<OutboxMessage> Rows, string? TraceParent);

internal static class OutboxPublications
{
    private static readonly string AuditType = OutboxModel.TypeName(typeof(AuditRecorded));

    /// <summary>
    /// Each event as it was saved, except ACC-05's audit rows: their entries travel as one AuditRecorded, placed where
    /// the first of them was. Under steady reads the audit writer commits a small row per flush, and a message, a
    /// broker round trip and a consumer transaction per row would cost more than the reads themselves. The identity
    /// service stores entries by their own id, so a pass that regroups rows after a crash stores nothing twice.
    /// The batch's message id is made from the ids of the rows it carries: the consumer's inbox skips a message id it
    /// has seen, so a regrouped batch (a publish cut short that had reached the broker, then retried with more rows)
    /// must not reuse an id, or the rows it added would be skipped with it.
    /// </summary>
    public static IEnumerable<OutboxPublication> Of(IReadOnlyList<OutboxMessage> batch)
    {
        var audit = batch.Where(row => row.Type == AuditType).ToList();
        foreach (var row in batch)
        {
            if (row.Type != AuditType)
            {
                var type = Type.GetType(row.Type, throwOnError: true)!;
                yield return new OutboxPublication(row.MessageId, type, JsonSerializer.Deserialize(row.Payload, type, JsonSerializerOptions.Web)!, [row], row.TraceParent);
            }
            else if (row == audit[0])
            {
                var entries = audit.SelectMany(r => JsonSerializer.Deserialize<AuditRecorded>(r.Payload, JsonSerializerOptions.Web)!.Entries);
                yield return new OutboxPublication(BatchId(audit), typeof(AuditRecorded), new AuditRecorded([.. entries]), audit, TraceParent: null);
            }
        }
    }

    /// <summary>One row's own id; for several, the first 16 bytes of SHA-256 over their ids in order.</summary>
    private static Guid BatchId(IReadOnlyList<OutboxMessage> rows) =>
        rows.Count == 1 ? rows[0].MessageId : new Guid(SHA256.HashData(rows.SelectMany(row => row.MessageId.ToByteArray()).ToArray())[..16]);
}
