namespace Platform.Contracts.Claims;

/// <summary>
/// A claim reached its final determination (CLM-05: only now is it disputable). The Dispute service keeps a
/// local copy; DSP-04's 365-day filing window runs from <see cref="FinalizedAt"/>.
/// </summary>
public sealed record ClaimFinalized(
    Guid ClaimId,
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    decimal BilledAmount,
    decimal PayableAmount,
    DateTimeOffset FinalizedAt);
