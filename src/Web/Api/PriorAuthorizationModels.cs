namespace Platform.Web.Api;

// The referral service's public prior-authorization metrics as the page reads them (REF-13, CMS-0057-F; its OpenAPI document describes them in full).

public sealed record PriorAuthorizationMetricsResponse(
    string Quarter, DateOnly FirstDay, DateOnly LastDay, bool InProgress, PaRequiredServices ServicesRequiringAuthorization,
    DecisionMetrics Standard, DecisionMetrics Expedited, DecisionMetrics All, IReadOnlyList<MeasureDefinition> Definitions);

public sealed record PaRequiredServices(string? ListQuarter, DateOnly? EffectiveFrom, int Count, IReadOnlyList<PaServiceCategory> Categories);

public sealed record PaServiceCategory(string Category, int Count, IReadOnlyList<PaServiceCode> Codes);

public sealed record PaServiceCode(string Code, string Description, string Category);

public sealed record DecisionMetrics(
    int Decided, MetricShare Approved, int ApprovedAsModified, MetricShare Denied, MetricShare? ApprovedAfterAppeal, MetricShare DecidedAfterDueTime,
    MetricShare ApprovedAfterDueTime, DecisionTime DecisionTime);

public sealed record MetricShare(int Count, int Of, decimal? Percent);

public sealed record DecisionTime(int Count, decimal? AverageHours, decimal? MedianHours);

public sealed record MeasureDefinition(string Measure, string Definition);
