using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.ServiceDefaults.Audit;

public static class AuditStaging
{
    /// <summary>
    /// ACC-05: stages the audit entry of a change on the handler's context, as an outbox row beside the change, so
    /// both commit in the same SaveChanges or neither does: a refused or failed change leaves no entry.
    /// </summary>
    public static void AddAudit(
        this DbContext db,
        IAuditTrail audit,
        string action,
        string resourceType,
        string resourceId,
        IReadOnlyCollection<string>? memberIds = null,
        IReadOnlyCollection<string>? claimIds = null)
    {
        var entry = audit.Describe(action, resourceType, resourceId, memberIds, claimIds);
        db.AddIntegrationEvent(new AuditRecorded([entry]), entry.At);
    }
}
