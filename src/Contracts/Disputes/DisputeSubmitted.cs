namespace Platform.Contracts.Disputes;

/// <summary>
/// A provider filed a dispute of a claim's determination (DSP-01). Until it is resolved or withdrawn the claim has an
/// open dispute, and no second Level 1 can be filed on it; claims keeps that from this event (CLM-05, DSP-01).
/// <see cref="HealthNetwork"/> is where it was routed (DSP-03), null for the plan.
/// </summary>
public sealed record DisputeSubmitted(
    Guid DisputeId,
    string DisputeNumber,
    Guid ClaimId,
    string ClaimNumber,
    int Level,
    string? HealthNetwork,
    DateTimeOffset SubmittedAt);
