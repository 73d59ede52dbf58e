using Platform.ServiceDefaults.Calendar;
using Platform.Dispute.Clock;
using Xunit;

namespace Platform.Dispute.Tests.Units;

public sealed class HolidayCalendarTests
{
    private static readonly HolidayCalendar California = HolidayCalendar.California;

    [Fact]
    public void DSP_07_the_table_covers_2024_through_2030_with_the_eleven_state_holidays_of_each_year()
    {
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2030, 12, 31)), (California.First, California.Last));
        for (var year = 2024; year <= 2030; year++)
        {
            Assert.Equal(11, DaysOf(year).Count(California.IsHoliday));
        }
    }

    [Fact]
    public void DSP_07_no_holiday_is_left_on_a_Sunday()
    {
        var days = Enumerable.Range(0, California.Last.DayNumber - California.First.DayNumber + 1).Select(California.First.AddDays);
        Assert.DoesNotContain(days, day => day.DayOfWeek == DayOfWeek.Sunday && California.IsHoliday(day));
    }

    [Theory]
    [InlineData("2024-04-01")] // Cesar Chavez Day, 31 March a Sunday
    [InlineData("2027-07-05")] // Independence Day, 4 July a Sunday
    [InlineData("2029-11-12")] // Veterans Day, 11 November a Sunday
    [InlineData("2028-11-10")] // Veterans Day, 11 November a Saturday: the Friday before
    public void DSP_07_a_Sunday_holiday_is_observed_the_Monday_after_and_a_Saturday_Veterans_Day_the_Friday_before(string observed) =>
        Assert.True(California.IsHoliday(DateOnly.Parse(observed)));

    [Theory]
    [InlineData("2026-07-03")] // Independence Day 2026 is a Saturday: holiday credit, not a day off
    [InlineData("2027-12-24")] // Christmas 2027 is a Saturday
    [InlineData("2027-12-31")] // New Year's Day 2028 is a Saturday
    [InlineData("2029-03-30")] // Cesar Chavez Day 2029 is a Saturday
    [InlineData("2025-06-19")] // Juneteenth: state employees may elect it; offices stay open
    [InlineData("2026-09-25")] // Native American Day: the same
    public void DSP_07_a_Saturday_holiday_is_not_moved_and_elective_holidays_are_working_days(string day) =>
        Assert.True(California.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2023-12-29")]
    [InlineData("2031-01-02")]
    public void DSP_07_a_day_outside_the_table_has_no_answer_rather_than_a_guess(string day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => California.IsHoliday(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2024-01-01,New Year's Day")] // no header
    [InlineData("date,name\n2024-01-01")] // no name
    [InlineData("date,name\n01/01/2024,New Year's Day")]
    [InlineData("date,name\n2024-12-25,Christmas Day\n2024-01-01,New Year's Day")]
    [InlineData("date,name\n2024-12-25,Christmas Day\n2026-01-01,New Year's Day")] // 2025 missing
    [InlineData("# only a comment\ndate,name")]
    public void A_table_out_of_its_format_is_refused(string table) =>
        Assert.Throws<InvalidDataException>(() => HolidayCalendar.Parse(new StringReader(table)));

    private static IEnumerable<DateOnly> DaysOf(int year) =>
        Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(new DateOnly(year, 1, 1).AddDays);
}
