using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Testing;

/// <summary>The ACC-05 audit entries a service has committed to its outbox, each with the outbox row carrying it.</summary>
public static class AuditOutbox
{
    private static readonly string TypePrefix = typeof(AuditRecorded).FullName! + ",";

    public static async Task<IReadOnlyList<(long Row, AuditRecord Entry)>> EntriesAsync(DbContext db)
    {
        // In the order they were saved: the relay's "sent" mark rewrites a row, which moves it in the table's own order.
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith(TypePrefix)).OrderBy(m => m.Sequence).ToListAsync();
        return [.. rows.SelectMany(row => JsonSerializer.Deserialize<AuditRecorded>(row.Payload, JsonSerializerOptions.Web)!.Entries
            .Select(entry => (row.Sequence, entry)))];
    }

    /// <summary>Whether the entry of one request (by its trace id) is committed, found by jsonb containment.</summary>
    public static Task<bool> HasTraceAsync(DbContext db, string traceId)
    {
        var probe = JsonSerializer.Serialize(new { entries = new[] { new { traceId } } });
        return db.Set<OutboxMessage>().FromSql($"SELECT * FROM outbox_messages WHERE payload @> {probe}::jsonb").AnyAsync();
    }
}
