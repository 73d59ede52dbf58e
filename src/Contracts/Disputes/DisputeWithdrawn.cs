namespace Platform.Contracts.Disputes;

/// <summary>DSP-10: the submitter withdrew the dispute; the claim has no open dispute any more.</summary>
public sealed record DisputeWithdrawn(Guid DisputeId, string DisputeNumber, Guid ClaimId, string ClaimNumber, DateTimeOffset WithdrawnAt);
