using Platform.Eligibility.Members;
using Xunit;

namespace Platform.Eligibility.Tests.Units;

public sealed class EligibilityRuleTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);
    private static readonly DateOnly End = new(2026, 8, 31);

    [Theory]
    [InlineData("2026-02-28", EligibilityStatus.NotEligible)] // before the span
    [InlineData("2026-03-01", EligibilityStatus.Eligible)] // its first day
    [InlineData("2026-06-15", EligibilityStatus.Eligible)] // inside
    [InlineData("2026-08-31", EligibilityStatus.Eligible)] // its last day
    [InlineData("2026-09-01", EligibilityStatus.NotEligible)] // after
    public void ELG_02_status_is_evaluated_as_of_the_date_of_service(string dateOfService, EligibilityStatus expected) =>
        Assert.Equal(expected, EligibilityRule.AsOf([Span(Start, End)], DateOnly.Parse(dateOfService)).Status);

    [Fact]
    public void ELG_02_a_span_with_a_share_of_cost_gives_SHARE_OF_COST_only_while_it_covers_the_date()
    {
        var spans = new[] { Span(Start, End, shareOfCost: 125.50m) };

        Assert.Equal(EligibilityStatus.ShareOfCost, EligibilityRule.AsOf(spans, new DateOnly(2026, 4, 1)).Status);
        Assert.Equal(EligibilityStatus.NotEligible, EligibilityRule.AsOf(spans, new DateOnly(2026, 9, 1)).Status);
    }

    [Fact]
    public void ELG_02_an_open_span_covers_every_date_from_its_start()
    {
        var open = Span(Start, null);

        Assert.Equal(new MemberEligibility(EligibilityStatus.Eligible, open), EligibilityRule.AsOf([open], new DateOnly(2040, 1, 1)));
    }

    [Fact]
    public void ELG_02_where_spans_overlap_one_without_share_of_cost_wins()
    {
        var withCost = Span(Start, End, shareOfCost: 40m, LineOfBusiness.MediCal);
        var without = Span(Start.AddMonths(-6), null, shareOfCost: 0m, LineOfBusiness.OneCare);

        var eligibility = EligibilityRule.AsOf([withCost, without], new DateOnly(2026, 5, 1));

        Assert.Equal(new MemberEligibility(EligibilityStatus.Eligible, without), eligibility);
    }

    [Fact]
    public void ELG_02_a_member_without_spans_is_not_eligible() =>
        Assert.Equal(new MemberEligibility(EligibilityStatus.NotEligible, null), EligibilityRule.AsOf([], Start));

    private static CoverageSpan Span(DateOnly start, DateOnly? end, decimal shareOfCost = 0m, LineOfBusiness lineOfBusiness = LineOfBusiness.MediCal) =>
        new() { MemberCin = "91234567A", Program = "CCN", PcpNpi = "1234567893", StartDate = start, EndDate = end, ShareOfCost = shareOfCost, LineOfBusiness = lineOfBusiness };
}
