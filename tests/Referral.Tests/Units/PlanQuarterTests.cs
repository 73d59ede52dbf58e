using Platform.Referral.PriorAuthorization;
using Xunit;

namespace Platform.Referral.Tests.Units;

public sealed class PlanQuarterTests
{
    [Theory]
    [InlineData("2026-Q4", 2026, 10)]
    [InlineData("2027-q1", 2027, 1)]
    public void REF_02_a_quarter_is_written_year_and_Q_and_begins_on_its_first_month(string text, int year, int month)
    {
        Assert.True(PlanQuarter.TryParse(text, out var quarter));
        Assert.Equal(new DateOnly(year, month, 1), quarter.Value.FirstDay);
    }

    [Theory]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("2026Q4")]
    [InlineData("26-Q4")]
    [InlineData("")]
    public void REF_02_anything_else_is_no_quarter(string text) => Assert.False(PlanQuarter.TryParse(text, out _));

    [Fact]
    public void REF_02_a_day_is_in_the_quarter_of_its_month() =>
        Assert.Equal("2026-Q3", PlanQuarter.Of(new DateOnly(2026, 9, 30)).ToString());

    [Theory]
    [InlineData("99215", true)]
    [InlineData("0362T", true)]
    [InlineData("3074F", true)]
    [InlineData("E0260", true)]
    [InlineData("W1234", false)]
    [InlineData("9921", false)]
    [InlineData("99215A", false)]
    public void REF_01_a_service_code_is_CPT_or_HCPCS(string code, bool valid) => Assert.Equal(valid, ServiceCode.IsValid(code));
}
