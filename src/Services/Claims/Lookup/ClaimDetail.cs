using Platform.Claims.Claims;
using Platform.Claims.Codes;
using Platform.Claims.Fwa;
using Platform.Claims.Members;
using Platform.Claims.Payments;

namespace Platform.Claims.Lookup;

/// <summary>CLM-01/02 "Check # EFT" [R14]: how a claim was paid, "EFT 8834…" or "Check 10023", null until paid.</summary>
public static class PaymentText
{
    public static string? Of(PaymentMethod? method, string? number) => method switch
    {
        PaymentMethod.Eft => $"EFT {number}",
        PaymentMethod.Check => $"Check {number}",
        _ => null,
    };
}

/// <summary>CLM-01/02: the words every claims page carries [R14].</summary>
public static class ClaimNotes
{
    public const string Payable = "The payable amount may not reflect the final claims payment. Please review the Remittance Advice (RA) for final claims detail.";

    /// <summary>CLM-07 [EDU "Member Billing Restrictions"].</summary>
    public const string MemberBilling = "Providers contracted with CalOptima Health cannot bill members for covered services. The member's cost share below is the only amount the member may be billed.";
}

public sealed record ClaimMemberInfo(string Cin, string FirstName, string LastName, DateOnly DateOfBirth, string LineOfBusiness, string? HealthNetwork);

public sealed record ClaimProviders(string BillingNpi, string BillingTin, string? RenderingNpi);

public sealed record ClaimLineView(
    int LineNumber,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    int Units,
    string? PlaceOfService,
    decimal BilledAmount,
    decimal? AllowedAmount,
    decimal? PayableAmount,
    LineStatus Status,
    IReadOnlyList<Adjustment> Adjustments,
    IReadOnlyList<string> RemarkCodes)
{
    public static ClaimLineView Of(ClaimLine line) => new(
        line.LineNumber, line.ServiceFrom, line.ServiceTo, line.ProcedureCode, line.Modifiers, line.Units, line.PlaceOfService,
        line.BilledAmount, line.AllowedAmount, line.PayableAmount, line.Status, line.Adjustments, line.RemarkCodes);
}

/// <summary>DSP-10: an overturned dispute's change of the payable, and the payment that paid it (null while owed).</summary>
public sealed record DisputeAdjustmentView(string DisputeNumber, decimal PreviousPayableAmount, decimal PayableAmount, DateTimeOffset AdjustedAt, string? PaymentNumber)
{
    public static DisputeAdjustmentView Of(ClaimAdjustment adjustment) => new(
        adjustment.DisputeNumber, adjustment.PreviousPayableAmount, adjustment.PayableAmount, adjustment.AdjustedAt, adjustment.PaymentNumber);
}

/// <summary>
/// CLM-02: the header, then one part per tab — Services (<see cref="Lines"/>, with the totals on the header), Member
/// Info, Providers, Diagnosis and the EOB (the adjustments of each line, the member's cost share and the CLM-07
/// note). <see cref="Disputable"/> is CLM-05: a final determination (Finalized, or Denied: a denial is what providers
/// dispute most) with no dispute open on it (DSP-01, <see cref="OpenDispute"/>). <see cref="FwaFlags"/> is null for everyone
/// but plan staff (CLM-06).
/// </summary>
public sealed record ClaimDetail(
    string ClaimNumber,
    ClaimStatus Status,
    string? StatusReason,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    DateOnly ReceivedOn,
    DateTimeOffset? FinalizedAt,
    DateOnly? PaidOn,
    string? Payment,
    decimal BilledAmount,
    decimal? AllowedAmount,
    decimal? PayableAmount,
    decimal? MemberCostShare,
    ClaimMemberInfo Member,
    ClaimProviders Providers,
    IReadOnlyList<string> DiagnosisCodes,
    IReadOnlyList<ClaimLineView> Lines,
    bool Disputable,
    string? OpenDispute,
    IReadOnlyList<DisputeAdjustmentView> DisputeAdjustments,
    string PayableNote,
    string MemberBillingNote,
    IReadOnlyList<FwaFlag>? FwaFlags)
{
    public static ClaimDetail Of(Claim claim, ClaimsMember member, bool fwaFlags) => new(
        claim.ClaimNumber,
        claim.Status,
        claim.StatusReason,
        claim.ServiceFrom,
        claim.ServiceTo,
        claim.ReceivedOn,
        claim.FinalizedAt,
        claim.PaidOn,
        PaymentText.Of(claim.PaymentMethod, claim.PaymentNumber),
        claim.BilledAmount,
        claim.AllowedAmount,
        claim.PayableAmount,
        claim.MemberCostShare,
        new ClaimMemberInfo(member.Cin, member.FirstName, member.LastName, member.DateOfBirth, claim.LineOfBusiness, claim.HealthNetwork),
        new ClaimProviders(claim.BillingNpi, claim.BillingTin, claim.RenderingNpi),
        claim.DiagnosisCodes,
        [.. claim.Lines.OrderBy(l => l.LineNumber).Select(ClaimLineView.Of)],
        claim.Status.IsFinal() && claim.OpenDispute is null,
        claim.OpenDispute,
        [.. claim.Adjustments.OrderBy(a => a.AdjustedAt).Select(DisputeAdjustmentView.Of)],
        ClaimNotes.Payable,
        ClaimNotes.MemberBilling,
        fwaFlags ? claim.FwaFlags : null);
}
