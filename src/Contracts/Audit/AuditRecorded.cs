namespace Platform.Contracts.Audit;

/// <summary>
/// ACC-05: PHI reads and changes recorded by one service, in the order they happened there. Several entries travel
/// in one message because a service commits concurrent reads together (group commit); the identity service keeps
/// the plan-wide trail.
/// </summary>
public sealed record AuditRecorded(IReadOnlyList<AuditRecord> Entries);

/// <summary>
/// Who did what to which resource, touching which members and claims, when and from where. <see cref="Id"/> is
/// unique per entry, so a replayed message cannot store an entry twice.
/// </summary>
public sealed record AuditRecord(
    Guid Id,
    DateTimeOffset At,
    string Service,
    string? UserId,
    string? UserName,
    string Action,
    string ResourceType,
    string ResourceId,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> ClaimIds,
    string? ClientAddress,
    string? TraceId);
