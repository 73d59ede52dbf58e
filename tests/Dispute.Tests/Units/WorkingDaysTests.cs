using Platform.ServiceDefaults.Calendar;
using Platform.Dispute.Clock;
using Xunit;

namespace Platform.Dispute.Tests.Units;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-25", 3, "2026-12-02")] // over Thanksgiving, the day after and a weekend
    [InlineData("2027-07-02", 1, "2027-07-06")] // a Sunday Independence Day, observed on Monday the 5th
    [InlineData("2027-12-30", 1, "2027-12-31")] // New Year's Day 2028 is a Saturday: the Friday before is worked
    [InlineData("2028-11-09", 1, "2028-11-13")] // Veterans Day 2028 is a Saturday, observed on Friday the 10th
    [InlineData("2026-03-06", 1, "2026-03-09")] // a Friday: day 1 is the Monday
    [InlineData("2026-03-09", 0, "2026-03-09")] // day 0 is the start itself
    [InlineData("2026-03-07", 0, "2026-03-07")] // even on a Saturday
    public void DSP_07_working_days_skip_weekends_and_state_holidays_and_count_from_the_day_after_the_start(string start, int days, string due) =>
        Assert.Equal(DateOnly.Parse(due), HolidayCalendar.California.AddWorkingDays(DateOnly.Parse(start), days));

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2026-03-08")] // Sunday
    public void DSP_07_a_weekend_start_counts_from_the_Monday_after(string weekend) =>
        Assert.Equal(new DateOnly(2026, 3, 9), HolidayCalendar.California.AddWorkingDays(DateOnly.Parse(weekend), 1));

    [Theory]
    [InlineData("2023-12-29", 1)] // before the table
    [InlineData("2030-12-30", 2)] // the count runs past its end
    public void DSP_07_a_count_the_table_does_not_cover_is_refused(string start, int days) =>
        Assert.Null(HolidayCalendar.California.AddWorkingDays(DateOnly.Parse(start), days));

    [Fact]
    public void DSP_07_a_count_ending_on_the_tables_last_day_is_answered() =>
        Assert.Equal(new DateOnly(2030, 12, 31), HolidayCalendar.California.AddWorkingDays(new DateOnly(2030, 12, 30), 1));
}
