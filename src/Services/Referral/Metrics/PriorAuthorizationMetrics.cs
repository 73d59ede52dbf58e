using Platform.Referral.PriorAuthorization;

namespace Platform.Referral.Metrics;

/// <summary>
/// CMS-0057-F's public prior-authorization metrics for one quarter (REF-13), computed from the referral service's own
/// decisions: the services that need an authorization, and for standard (routine) and expedited (urgent) requests the
/// shares approved and denied, decided past their due time, and the decision times. Aggregate counts only: no PHI.
/// </summary>
public sealed record PriorAuthorizationMetrics(
    string Quarter,
    DateOnly FirstDay,
    DateOnly LastDay,
    bool InProgress,
    PaRequiredServices ServicesRequiringAuthorization,
    DecisionMetrics Standard,
    DecisionMetrics Expedited,
    DecisionMetrics All,
    IReadOnlyList<MeasureDefinition> Definitions);

/// <summary>REF-02: the Prior Authorization Required Code List in force on the quarter's first day (null before the first list).</summary>
public sealed record PaRequiredServices(string? ListQuarter, DateOnly? EffectiveFrom, int Count, IReadOnlyList<PaServiceCategory> Categories);

public sealed record PaServiceCategory(string Category, int Count, IReadOnlyList<PaCodeResponse> Codes);

/// <summary>
/// The requests of one kind decided in the quarter. <see cref="ApprovedAfterAppeal"/> is null: the platform has no
/// appeal of a prior-authorization decision yet, so there is no figure to publish.
/// </summary>
public sealed record DecisionMetrics(
    int Decided,
    Share Approved,
    int ApprovedAsModified,
    Share Denied,
    Share? ApprovedAfterAppeal,
    Share DecidedAfterDueTime,
    Share ApprovedAfterDueTime,
    DecisionTime DecisionTime);

/// <summary>Count of Of, and the percentage to one decimal place (null when Of is 0: no share of nothing).</summary>
public sealed record Share(int Count, int Of, decimal? Percent)
{
    public static Share From(int count, int of) =>
        new(count, of, of == 0 ? null : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero));
}

/// <summary>From submission to decision, in hours to two decimal places, over the decisions counted (null when none).</summary>
public sealed record DecisionTime(int Count, decimal? AverageHours, decimal? MedianHours)
{
    public static DecisionTime FromSeconds(int count, double? averageSeconds, double? medianSeconds) =>
        new(count, Hours(averageSeconds), Hours(medianSeconds));

    private static decimal? Hours(double? seconds) =>
        seconds is { } value ? Math.Round((decimal)value / 3600m, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>What one published measure counts, worded for the public page.</summary>
public sealed record MeasureDefinition(string Measure, string Definition);

public static class MeasureDefinitions
{
    public static readonly IReadOnlyList<MeasureDefinition> All =
    [
        new("Services that need prior authorization",
            "The Prior Authorization Required Code List in force on the quarter's first day, by category. A service not on it needs no authorization."),
        new("Requests decided",
            "Requests approved, approved with modifications or denied in the quarter (Pacific time), whenever they were submitted. Cancelled and still pending requests are not counted."),
        new("Standard and expedited",
            "Standard requests are routine ones; expedited requests are urgent ones (the normal time frame could seriously jeopardize the member's life, health or ability to regain maximum function)."),
        new("Approved",
            "Requests approved in full or in part, of the requests decided. A request approved with modifications (fewer units or a shorter period) counts as approved, as CMS counts a partial approval."),
        new("Denied", "Requests denied, of the requests decided. Every denial states its specific reason to the requesting provider."),
        new("Approved after appeal",
            "Not applicable: the portal has no appeal process for prior-authorization decisions yet, so no figure is published rather than an estimated one."),
        new("Decided after the due time",
            "Requests decided after their decision deadline (72 hours for expedited requests; for standard ones 7 calendar days or 5 business days, whichever comes first), of the requests decided. The portal grants no formal extensions: a decision past its deadline is counted as one that took an extended time frame. Requests approved automatically at submission have no deadline and are never late."),
        new("Approved after the due time", "Of the requests decided, those decided after their deadline and approved (in full or in part)."),
        new("Average and median decision time",
            "Hours from the request's submission to its decision, over the requests decided in the quarter. Requests approved automatically at submission count with their time, close to zero."),
    ];
}
