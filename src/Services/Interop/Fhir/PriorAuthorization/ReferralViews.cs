namespace Platform.Interop.Fhir.PriorAuthorization;

/// <summary>The parts of the referral service's answers a PAS response is written from (its Lookup/ReferralResponse, Drafts/DraftResponse).</summary>
public sealed record ReferralView(
    string ReferralNumber,
    string Status,
    string Cin,
    DateOnly ServiceFrom,
    DateOnly ServiceTo,
    IReadOnlyList<ReferralLineView> Lines,
    IReadOnlyList<RuleOutcomeView> RuleTrace,
    DateTimeOffset? DueAt,
    string? DecisionReason);

public sealed record ReferralLineView(int LineNumber, int? ApprovedQuantity);

public sealed record RuleOutcomeView(string Rule, string Result, string Detail);

public sealed record ServicingProviderView(string Npi);

public sealed record DraftView(Guid Id, string Step, ServicingProviderView? ServicingProvider, bool CanProceed);
