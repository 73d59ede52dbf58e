namespace Platform.Contracts.Claims;

/// <summary>
/// A claim reached its final determination (CLM-05: only now is it disputable): <see cref="Status"/> is Finalized,
/// or Denied when no line is payable (a denial is a determination a provider may dispute too, DSP-04). The Dispute
/// service keeps a local copy; DSP-04's 365-day filing window runs from <see cref="FinalizedAt"/>.
/// <see cref="HealthNetwork"/> is the network responsible for payment (DSP-03 routes disputes to it), null for the plan.
/// <see cref="ReceivedOn"/> and <see cref="Lines"/> let a copy publish the claim whole (the bulk export's
/// ExplanationOfBenefit); null from older senders.
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
    DateTimeOffset FinalizedAt,
    string Status = "Finalized",
    string? HealthNetwork = null,
    string? LineOfBusiness = null,
    DateOnly? ReceivedOn = null,
    IReadOnlyList<ClaimLineSnapshot>? Lines = null);
