using Platform.Eligibility.PcpChanges;
using Xunit;

namespace Platform.Eligibility.Tests.Units;

public sealed class PcpChangeRuleTests
{
    [Theory]
    [InlineData("2026-10-01", "2026-10-01")] // day 1
    [InlineData("2026-10-15", "2026-10-01")] // day 15: still before the 16th
    [InlineData("2026-10-16", "2026-11-01")] // day 16
    [InlineData("2026-10-31", "2026-11-01")] // last day of a month
    [InlineData("2027-02-28", "2027-03-01")] // last day of February
    [InlineData("2028-02-29", "2028-03-01")] // last day of a leap February
    [InlineData("2026-12-16", "2027-01-01")] // December rolls into January
    [InlineData("2026-12-31", "2027-01-01")]
    [InlineData("2026-12-15", "2026-12-01")]
    public void ELG_06_before_the_16th_a_change_is_effective_this_month_and_from_the_16th_next_month(string requestedOn, string effective) =>
        Assert.Equal(DateOnly.Parse(effective), PcpChangeRule.EffectiveDate(DateOnly.Parse(requestedOn), sawAssignedPcpThisMonth: false));

    [Theory]
    [InlineData("2026-10-01", "2026-11-01")]
    [InlineData("2026-10-15", "2026-11-01")]
    [InlineData("2026-10-16", "2026-11-01")]
    [InlineData("2026-12-01", "2027-01-01")]
    public void ELG_06_after_a_visit_to_the_assigned_PCP_a_change_is_effective_next_month(string requestedOn, string effective) =>
        Assert.Equal(DateOnly.Parse(effective), PcpChangeRule.EffectiveDate(DateOnly.Parse(requestedOn), sawAssignedPcpThisMonth: true));
}
