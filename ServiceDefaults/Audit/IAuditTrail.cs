using Platform.Contracts.Audit;

namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// ACC-05: the one way a service records PHI reads and changes. A read is awaited until its entry is committed
/// (<see cref="RecordReadAsync"/>); a change stages its entry on the handler's DbContext
/// (<see cref="AuditStaging.AddAudit"/>) so it commits, or not, with the change.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Records that the caller read PHI and completes once the entry is durable, so await it before answering: a
    /// crash can never lose the entry of data already returned. Throws when the entry cannot be stored (the read
    /// must then fail rather than leak PHI unaudited).
    /// </summary>
    Task RecordReadAsync(
        string resourceType,
        string resourceId,
        IReadOnlyCollection<string>? memberIds = null,
        IReadOnlyCollection<string>? claimIds = null,
        CancellationToken ct = default);

    /// <summary>An entry for the current request: who (token sub and name), when, from where, and its trace id.</summary>
    AuditRecord Describe(
        string action,
        string resourceType,
        string resourceId,
        IReadOnlyCollection<string>? memberIds = null,
        IReadOnlyCollection<string>? claimIds = null);
}

/// <summary>Actions of the trail, after FHIR AuditEvent's action codes (create, read, update, delete, execute), and a refusal.</summary>
public static class AuditActions
{
    public const string Create = "Create";
    public const string Read = "Read";
    public const string Update = "Update";
    public const string Delete = "Delete";

    /// <summary>A query that found nothing to return (FHIR's E, execute): a failed verification, say.</summary>
    public const string Execute = "Execute";

    /// <summary>A request refused before it ran, for a limit the caller hit.</summary>
    public const string Refuse = "Refuse";
}
