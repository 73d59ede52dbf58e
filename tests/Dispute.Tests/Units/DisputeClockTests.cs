using Platform.Dispute.Clock;
using Xunit;

namespace Platform.Dispute.Tests.Units;

public sealed class DisputeClockTests
{
    [Theory]
    [InlineData("2026-10-15", "2027-10-15")]
    [InlineData("2027-03-01", "2028-02-29")] // 365 days, not a year: the leap day counts
    [InlineData("2024-02-29", "2025-02-28")]
    public void DSP_04_a_dispute_is_filed_within_365_calendar_days_of_the_last_determination(string determined, string fileBy) =>
        Assert.Equal(DateOnly.Parse(fileBy), DisputeClock.FileBy(DateOnly.Parse(determined)));

    [Theory]
    [InlineData("2026-11-02", "2027-01-11")] // over Thanksgiving, Christmas and New Year's Day
    [InlineData("2026-03-07", "2026-05-11")] // a Saturday receipt counts from the Monday
    [InlineData("2030-10-23", "2030-12-31")] // the last receipt the table can decide
    public void DSP_07_a_dispute_is_decided_within_45_working_days_of_receipt(string received, string decideBy) =>
        Assert.Equal(DateOnly.Parse(decideBy), DisputeClock.Decision(DateOnly.Parse(received))?.DecideBy);

    [Theory]
    [InlineData("2026-11-02", "2026-11-04")]
    [InlineData("2026-11-25", "2026-12-01")] // the Wednesday before Thanksgiving: Thursday, Friday and the weekend do not count
    [InlineData("2026-03-07", "2026-03-10")] // a Saturday receipt
    public void DSP_06_an_electronic_dispute_is_acknowledged_within_2_working_days(string received, string acknowledgeBy) =>
        Assert.Equal(DateOnly.Parse(acknowledgeBy), DisputeClock.Decision(DateOnly.Parse(received))?.AcknowledgeBy);

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2030-10-24")] // decided in 2031, past the table
    public void DSP_07_no_deadlines_for_a_receipt_whose_decision_day_the_table_does_not_reach(string received) =>
        Assert.Null(DisputeClock.Decision(DateOnly.Parse(received)));
}
