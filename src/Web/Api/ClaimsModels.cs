namespace Platform.Web.Api;

// The claims service's answers, as this app reads them (src/Services/Claims/Lookup).

public sealed record ClaimSummary(
    string ClaimNumber, string Status, string MemberName, string Cin, DateOnly ServiceFrom, DateOnly ServiceTo, string BillingNpi,
    decimal BilledAmount, decimal? PayableAmount, string LineOfBusiness, string? Payment);

public sealed record ClaimSearchPage(IReadOnlyList<ClaimSummary> Items, string? Next, string PayableNote);

public sealed record ClaimAdjustment(string Group, string Reason, decimal Amount);

public sealed record ClaimLineView(
    int LineNumber, DateOnly ServiceFrom, DateOnly ServiceTo, string ProcedureCode, IReadOnlyList<string> Modifiers, int Units, string? PlaceOfService,
    decimal BilledAmount, decimal? AllowedAmount, decimal? PayableAmount, string Status, IReadOnlyList<ClaimAdjustment> Adjustments, IReadOnlyList<string> RemarkCodes);

public sealed record ClaimMemberInfo(string Cin, string FirstName, string LastName, DateOnly DateOfBirth, string LineOfBusiness, string? HealthNetwork);

public sealed record ClaimProviders(string BillingNpi, string BillingTin, string? RenderingNpi);

public sealed record FwaFlag(string Kind, int? LineNumber, string Detail);

/// <summary>DSP-10: an overturned dispute's change of the claim's payable, and the payment that paid it (none while owed).</summary>
public sealed record DisputeAdjustmentView(string DisputeNumber, decimal PreviousPayableAmount, decimal PayableAmount, DateTimeOffset AdjustedAt, string? PaymentNumber);

public sealed record ClaimDetail(
    string ClaimNumber, string Status, string? StatusReason, DateOnly ServiceFrom, DateOnly ServiceTo, DateOnly ReceivedOn, DateTimeOffset? FinalizedAt,
    DateOnly? PaidOn, string? Payment, decimal BilledAmount, decimal? AllowedAmount, decimal? PayableAmount, decimal? MemberCostShare, ClaimMemberInfo Member, ClaimProviders Providers,
    IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<ClaimLineView> Lines, bool Disputable, IReadOnlyList<DisputeAdjustmentView> DisputeAdjustments, string PayableNote, string MemberBillingNote,
    IReadOnlyList<FwaFlag>? FwaFlags);

public sealed record PaymentSummary(Guid PaymentId, string Method, string Number, DateOnly PaidOn, string PayeeNpi, decimal Amount, int Claims);

public sealed record PaymentPage(IReadOnlyList<PaymentSummary> Items, string? Next);

public sealed record RemittanceClaim(
    string ClaimNumber, string Status, string? StatusReason, string MemberName, string Cin, DateOnly ServiceFrom, DateOnly ServiceTo,
    decimal BilledAmount, decimal AllowedAmount, decimal PayableAmount, decimal MemberCostShare, IReadOnlyList<ClaimLineView> Lines);

/// <summary>DSP-10: an earlier-paid claim an overturned dispute raised; the payment pays the difference.</summary>
public sealed record PriorClaimAdjustment(
    string ClaimNumber, string MemberName, string Cin, string DisputeNumber, string FirstPaymentNumber, decimal PreviousPayableAmount, decimal PayableAmount, decimal Amount);

public sealed record AdjustmentTotal(string Group, decimal Amount);

public sealed record RemittanceAdvice(
    Guid PaymentId, string Method, string Number, DateOnly PaidOn, string PayeeNpi, string PayeeTin, decimal Amount,
    IReadOnlyList<RemittanceClaim> Claims, decimal BilledTotal, IReadOnlyList<AdjustmentTotal> Adjustments,
    IReadOnlyList<PriorClaimAdjustment> PriorClaimsAdjusted, string PayableNote);
