using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.Identity.Data;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Audit;

/// <summary>
/// ACC-05: stores every service's audit entries in the plan-wide trail. The inbox skips a redelivered message;
/// entries already stored (the same entries arriving in another message) are skipped rather than failing the batch.
/// </summary>
public sealed class AuditRecordedConsumer(IdentityDbContext db, TimeProvider time) : IdempotentConsumer<IdentityDbContext, AuditRecorded>(db, time)
{
    /// <summary>
    /// One statement for the whole message, inside the consumer's transaction: a message carries every entry of a
    /// relay pass (hundreds under load), which tracked entities would cost far more to insert.
    /// </summary>
    protected override Task ApplyAsync(AuditRecorded message, CancellationToken cancellationToken)
    {
        // Property names as the columns are named, so jsonb_to_recordset maps them (arrays to text[]).
        var entries = JsonSerializer.Serialize(message.Entries.Select(AuditEntry.From));
        return Db.Database.ExecuteSqlAsync($"""
            INSERT INTO audit_entries ("Id", "At", "Service", "UserId", "UserName", "Action", "ResourceType", "ResourceId",
                "MemberIds", "ClaimIds", "ClientAddress", "TraceId")
            SELECT "Id", "At", "Service", "UserId", "UserName", "Action", "ResourceType", "ResourceId",
                "MemberIds", "ClaimIds", "ClientAddress", "TraceId"
            FROM jsonb_to_recordset({entries}::jsonb) AS e("Id" uuid, "At" timestamptz, "Service" text, "UserId" text,
                "UserName" text, "Action" text, "ResourceType" text, "ResourceId" text, "MemberIds" text[], "ClaimIds" text[],
                "ClientAddress" text, "TraceId" text)
            ON CONFLICT ("Id") DO NOTHING
            """, cancellationToken);
    }
}
