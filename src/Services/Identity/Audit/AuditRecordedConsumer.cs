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
    protected override async Task ApplyAsync(AuditRecorded message, CancellationToken cancellationToken)
    {
        var ids = message.Entries.Select(e => e.Id).ToList();
        var stored = await Db.AuditEntries.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        Db.AuditEntries.AddRange(message.Entries
            .DistinctBy(e => e.Id)
            .ExceptBy(stored, e => e.Id)
            .Select(AuditEntry.From));
    }
}
