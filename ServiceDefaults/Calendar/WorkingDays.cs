namespace Platform.ServiceDefaults.Calendar;

/// <summary>DSP-07, REF-12: a working (business) day is a weekday that is not a California state holiday.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(this HolidayCalendar holidays, DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.IsHoliday(day);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>. The start itself is day 0 whatever
    /// day it is (a period "after the date of receipt" excludes that date, as Code of Civil Procedure §12 counts), so
    /// a dispute received on a Saturday has the Monday as its day 1. Null when the count leaves the calendar's years.
    /// </summary>
    public static DateOnly? AddWorkingDays(this HolidayCalendar holidays, DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (!holidays.Covers(start))
        {
            return null;
        }

        var day = start;
        for (var counted = 0; counted < days;)
        {
            if (day == holidays.Last)
            {
                return null;
            }

            day = day.AddDays(1);
            counted += holidays.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }
}
