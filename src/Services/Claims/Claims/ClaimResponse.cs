namespace Platform.Claims.Claims;

public sealed record ClaimResponse(
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    string? HealthNetwork,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    decimal BilledAmount,
    decimal? PayableAmount,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FinalizedAt)
{
    public static ClaimResponse From(Claim claim) => new(
        claim.ClaimNumber, claim.Cin, claim.BillingNpi, claim.HealthNetwork, claim.ServiceFrom, claim.ServiceTo,
        claim.BilledAmount, claim.PayableAmount, claim.Status.ToString(), claim.ReceivedAt, claim.FinalizedAt);
}
