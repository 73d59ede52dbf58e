using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Platform.Claims.Lookup;
using Platform.Claims.Members;

namespace Platform.Claims.Payments;

public sealed record RemittanceClaim(
    string ClaimNumber,
    ClaimStatus Status,
    string? StatusReason,
    string MemberName,
    string Cin,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    decimal BilledAmount,
    decimal AllowedAmount,
    decimal PayableAmount,
    decimal MemberCostShare,
    IReadOnlyList<ClaimLineView> Lines);

/// <summary>
/// DSP-10: a claim paid on an earlier payment whose payable an overturned dispute raised; this payment pays the
/// difference (<see cref="Amount"/>), as an 835 carries it among the provider-level adjustments.
/// </summary>
public sealed record PriorClaimAdjustment(
    string ClaimNumber,
    string MemberName,
    string Cin,
    string DisputeNumber,
    string FirstPaymentNumber,
    decimal PreviousPayableAmount,
    decimal PayableAmount,
    decimal Amount);

/// <summary>What was adjusted, by X12 group (CO, PR, OA, PI, CR), across the whole remittance.</summary>
public sealed record AdjustmentTotal(string Group, decimal Amount);

/// <summary>
/// CLM-03: a payment and every claim it settles, with each line's adjustments and the totals a billing office
/// reconciles against its deposit: billed − adjustments = paid for its claims, plus what it pays for prior claims
/// adjusted since their own payment (<see cref="PriorClaimsAdjusted"/>).
/// </summary>
public sealed record RemittanceAdvice(
    Guid PaymentId,
    PaymentMethod Method,
    string Number,
    DateOnly PaidOn,
    string PayeeNpi,
    string PayeeTin,
    decimal Amount,
    IReadOnlyList<RemittanceClaim> Claims,
    decimal BilledTotal,
    IReadOnlyList<AdjustmentTotal> Adjustments,
    IReadOnlyList<PriorClaimAdjustment> PriorClaimsAdjusted,
    string PayableNote)
{
    public static RemittanceAdvice Of(
        Payment payment, IReadOnlyList<Claim> claims, IReadOnlyList<(Claim Claim, ClaimAdjustment Adjustment)> priorAdjusted,
        IReadOnlyDictionary<string, ClaimsMember> members)
    {
        string Name(string cin) => $"{members[cin].FirstName} {members[cin].LastName}";
        var listed = claims.OrderBy(c => c.ClaimNumber).Select(c => new RemittanceClaim(
            c.ClaimNumber, c.Status, c.StatusReason, Name(c.Cin), c.Cin, c.ServiceFrom, c.ServiceTo,
            c.BilledAmount, c.AllowedAmount ?? 0, c.PayableAmount ?? 0, c.MemberCostShare ?? 0,
            [.. c.Lines.OrderBy(l => l.LineNumber).Select(ClaimLineView.Of)])).ToList();
        var adjustments = claims.SelectMany(c => c.Lines).SelectMany(l => l.Adjustments)
            .GroupBy(a => a.Group).OrderBy(g => Array.IndexOf(Adjustment.Groups, g.Key))
            .Select(g => new AdjustmentTotal(g.Key, g.Sum(a => a.Amount))).ToList();
        return new RemittanceAdvice(payment.Id, payment.Method, payment.Number, payment.PaidOn, payment.PayeeNpi, payment.PayeeTin, payment.Amount,
            listed, listed.Sum(c => c.BilledAmount), adjustments,
            [.. priorAdjusted.OrderBy(p => p.Claim.ClaimNumber).Select(p => new PriorClaimAdjustment(p.Claim.ClaimNumber, Name(p.Claim.Cin), p.Claim.Cin,
                p.Adjustment.DisputeNumber, p.Claim.PaymentNumber!, p.Adjustment.PreviousPayableAmount, p.Adjustment.PayableAmount, p.Adjustment.Amount))],
            ClaimNotes.Payable);
    }
}
