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

/// <summary>What was adjusted, by X12 group (CO, PR, OA, PI, CR), across the whole remittance.</summary>
public sealed record AdjustmentTotal(string Group, decimal Amount);

/// <summary>
/// CLM-03: a payment and every claim it settles, with each line's adjustments and the totals a billing office
/// reconciles against its deposit: billed − adjustments = paid.
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
    string PayableNote)
{
    public static RemittanceAdvice Of(Payment payment, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, ClaimsMember> members)
    {
        var listed = claims.OrderBy(c => c.ClaimNumber).Select(c => new RemittanceClaim(
            c.ClaimNumber, c.Status, c.StatusReason, $"{members[c.Cin].FirstName} {members[c.Cin].LastName}", c.Cin, c.ServiceFrom, c.ServiceTo,
            c.BilledAmount, c.AllowedAmount ?? 0, c.PayableAmount ?? 0, c.MemberCostShare ?? 0,
            [.. c.Lines.OrderBy(l => l.LineNumber).Select(ClaimLineView.Of)])).ToList();
        var adjustments = claims.SelectMany(c => c.Lines).SelectMany(l => l.Adjustments)
            .GroupBy(a => a.Group).OrderBy(g => Array.IndexOf(Adjustment.Groups, g.Key))
            .Select(g => new AdjustmentTotal(g.Key, g.Sum(a => a.Amount))).ToList();
        return new RemittanceAdvice(payment.Id, payment.Method, payment.Number, payment.PaidOn, payment.PayeeNpi, payment.PayeeTin, payment.Amount,
            listed, listed.Sum(c => c.BilledAmount), adjustments, ClaimNotes.Payable);
    }
}
