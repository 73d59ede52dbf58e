namespace Platform.Contracts.Disputes;

/// <summary>
/// DSP-10: a dispute was decided (Upheld, Overturned, PartiallyOverturned) with its written rationale; the claim has no
/// open dispute any more. After an overturn <see cref="PayableAmount"/> is what the claim now pays, up from
/// <see cref="PreviousPayableAmount"/>: claims adjusts the claim to it, once.
/// </summary>
public sealed record DisputeResolved(
    Guid DisputeId,
    string DisputeNumber,
    Guid ClaimId,
    string ClaimNumber,
    string Outcome,
    decimal PreviousPayableAmount,
    decimal? PayableAmount,
    string Rationale,
    DateTimeOffset ResolvedAt);
