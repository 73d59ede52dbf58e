using System.Text.Json.Serialization;

namespace Platform.Eligibility.Members;

/// <summary>ELG-02: in this order, which is also the order results are sorted in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EligibilityStatus>))]
public enum EligibilityStatus
{
    [JsonStringEnumMemberName("ELIGIBLE")] Eligible,
    [JsonStringEnumMemberName("SHARE_OF_COST")] ShareOfCost,
    [JsonStringEnumMemberName("NOT_ELIGIBLE")] NotEligible,
}

/// <summary>A member's status on a date and the span that gives it (none when not eligible).</summary>
public sealed record MemberEligibility(EligibilityStatus Status, CoverageSpan? Span);

public static class EligibilityRule
{
    /// <summary>
    /// ELG-02: eligible on the date of service when a span covers it; share of cost when that span carries one.
    /// Where spans overlap (e.g. Medi-Cal and OneCare), one without share of cost wins, then the latest started.
    /// </summary>
    public static MemberEligibility AsOf(IEnumerable<CoverageSpan> spans, DateOnly dateOfService)
    {
        var span = spans.Where(s => s.Covers(dateOfService))
            .OrderBy(s => s.ShareOfCost > 0)
            .ThenByDescending(s => s.StartDate)
            .FirstOrDefault();
        return span switch
        {
            null => new MemberEligibility(EligibilityStatus.NotEligible, null),
            { ShareOfCost: > 0 } => new MemberEligibility(EligibilityStatus.ShareOfCost, span),
            _ => new MemberEligibility(EligibilityStatus.Eligible, span),
        };
    }
}
