namespace Platform.Dispute.DisputableClaims;

public sealed record DisputableClaimResponse(
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    decimal BilledAmount,
    decimal PayableAmount,
    DateTimeOffset FinalizedAt,
    DateOnly FileBy)
{
    public static DisputableClaimResponse From(DisputableClaim claim) => new(
        claim.ClaimNumber, claim.Cin, claim.BillingNpi, claim.ServiceFrom, claim.ServiceTo,
        claim.BilledAmount, claim.PayableAmount, claim.FinalizedAt, claim.FileBy);
}
