namespace Platform.Contracts.Attestations;

/// <summary>
/// RPT-05: a provider's training attestation was submitted — every training material opened, the attestation box
/// ticked — by <see cref="SubmittedBy"/> (the user's id) for the named attendees. <see cref="Kind"/> is Initial or
/// Annual; <see cref="DueDate"/> tells which one (RPT-04: 30 days after joining, or December 31 of its year).
/// </summary>
public sealed record AttestationSubmitted(
    Guid AttestationId,
    string Npi,
    string Tin,
    string Kind,
    DateOnly DueDate,
    IReadOnlyList<string> Attendees,
    string SubmittedBy,
    DateTimeOffset SubmittedAt);
