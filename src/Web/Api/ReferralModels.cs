namespace Platform.Web.Api;

// The referral service's answers, as this app reads them (src/Services/Referral); its enums arrive as their names.

/// <summary>REF-06: the tertiary-provider warning, its explanation and tooltip, in release 14's words.</summary>
public sealed record TertiaryWarning(string Title, string Body, string Tooltip, IReadOnlyList<string> Choices);

public sealed record ServicingProviderView(string Npi, string Name, string Type, string Specialty, bool Tertiary);

/// <summary>REF-06…09: where a draft's referred-to provider choice stands, kept by the server; Next only when it says so.</summary>
public sealed record ReferralDraft(
    Guid Id, string Step, ServicingProviderView? ServicingProvider, TertiaryWarning? Warning, string? Question, bool? AllowRedirect,
    string? Justification, string? JustificationPlaceholder, bool CanProceed, string? NextRefusal)
{
    public const string NoProvider = "NoProvider";
    public const string TertiaryWarningStep = "TertiaryWarning";
    public const string AwaitingNewProvider = "AwaitingNewProvider";
    public const string Chosen = "Chosen";

    /// <summary>REF-08's note, which the service keeps where a justification would be once a redirect was agreed.</summary>
    public const string RedirectNote = "Ok to redirect if needed";
}

public sealed record ReferralProvider(string Npi, string? Name, string? Specialty);

public sealed record ReferralLine(
    int LineNumber, string ProcedureCode, IReadOnlyList<string> Modifiers, int Quantity, string PlaceOfService, string? Category, int? ApprovedQuantity);

/// <summary>REF-12: one rule's outcome (Passed, Applied, Pended or Refused) and why.</summary>
public sealed record RuleOutcome(string Rule, string Result, string Detail);

public sealed record ReferralTransition(DateTimeOffset At, string Status, string By, string? Note);

/// <summary>REF-13: a referral as its submitter and the plan's reviewers see it.</summary>
public sealed record ReferralDetail(
    string ReferralNumber, string Status, string Cin, string? MemberName, ReferralProvider RequestingProvider, ReferralProvider ServicingProvider,
    bool ServicingTertiary, string? HealthNetwork, string LineOfBusiness, DateOnly ServiceFrom, DateOnly ServiceTo, IReadOnlyList<string> DiagnosisCodes,
    IReadOnlyList<ReferralLine> Lines, string RequestedUrgency, string Urgency, string? UrgentCriterion, string? Notes, bool AllowRedirect,
    string? RedirectJustification, IReadOnlyList<RuleOutcome> RuleTrace, DateTimeOffset? DueAt, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt,
    bool DecidedAutomatically, string? DecisionReason, IReadOnlyList<ReferralTransition> History)
{
    public bool IsPended => Status == ReferralStatuses.Pended;

    /// <summary>REF-05: asked as urgent without a stated criterion, handled as routine.</summary>
    public RuleOutcome? Downgrade => RuleTrace.FirstOrDefault(rule => rule is { Rule: "REF-05", Result: "Applied" });
}

/// <summary>A row of Referral Lookup.</summary>
public sealed record ReferralSummary(
    string ReferralNumber, string Cin, string? MemberName, string RequestingNpi, string ServicingNpi, string? ServicingName, string Status,
    string Urgency, DateOnly ServiceFrom, DateOnly SubmittedOn, DateTimeOffset? DueAt);

/// <summary>A row of the reviewers' queue (REF-12): pended, by due time.</summary>
public sealed record ReferralQueueItem(
    string ReferralNumber, string Cin, string RequestingNpi, string ServicingNpi, bool ServicingTertiary, string Urgency,
    IReadOnlyList<string> ProcedureCodes, DateOnly ServiceFrom, DateTimeOffset SubmittedAt, DateTimeOffset DueAt, bool Overdue);

/// <summary>Identity's /me as far as the referral form reads it: the providers of the user's collections (ACC-01).</summary>
public sealed record AccountCollections(IReadOnlyList<AccountCollection> Collections);

public sealed record AccountCollection(string Name, IReadOnlyList<AccountProvider> Providers);

public sealed record AccountProvider(string Npi, string Name);

public static class ReferralStatuses
{
    public const string Submitted = "Submitted";
    public const string Pended = "Pended";
    public const string Approved = "Approved";
    public const string Modified = "Modified";
    public const string Denied = "Denied";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlyList<string> All = [Submitted, Pended, Approved, Modified, Denied, Cancelled];
}

/// <summary>REF-05's criteria, as the Authorization Request Form states them.</summary>
public static class UrgentCriteria
{
    public static readonly IReadOnlyList<(string Value, string Label)> All =
    [
        ("LifeOrHealth", "The normal time frame would be detrimental to the patient's life or health"),
        ("MaximumFunction", "It would jeopardize the patient's ability to regain maximum function"),
        ("LifeLimbOrBodilyFunction", "It would result in loss of life, limb or other major bodily function"),
    ];
}
