namespace Platform.Web.Api;

// The reporting service's attestation answers as the pages read them (src/Services/Reporting/Attestations); enums arrive as their names.

/// <summary>RPT-04: a provider, the attestation of the kind they owe, its due date and status.</summary>
public sealed record AttestationDue(string Npi, string Tin, string ProviderName, string Kind, DateOnly DueDate, string Status, bool Overdue, Guid? AttestationId);

/// <summary>RPT-05: a training material of the form, opened (by the server's record) or not yet.</summary>
public sealed record AttestationMaterial(string Code, string Title, bool Opened, DateTimeOffset? OpenedAt);

public sealed record AttestationView(
    Guid Id, string Npi, string Tin, string ProviderName, string Kind, DateOnly DueDate, string Status, bool Overdue,
    IReadOnlyList<AttestationMaterial> Materials, IReadOnlyList<string> Attendees, DateTimeOffset? SubmittedAt, string? SubmittedBy)
{
    public bool Submitted => Status == AttestationStatuses.Submitted;

    public bool AllOpened => Materials.All(m => m.Opened);
}

/// <summary>RPT-05's status list of one provider.</summary>
public sealed record AttestationStanding(string Kind, DateOnly DueDate, string Status, bool Overdue, Guid? AttestationId, DateTimeOffset? SubmittedAt);

public sealed record ProviderAttestations(string Npi, string Tin, string ProviderName, DateOnly JoinedOn, IReadOnlyList<AttestationStanding> Attestations);

public static class AttestationStatuses
{
    public const string Pending = "Pending";
    public const string Submitted = "Submitted";
}
