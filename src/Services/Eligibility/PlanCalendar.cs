namespace Platform.Eligibility;

public static class PlanCalendar
{
    // The plan serves Orange County, so "today" (ELG-02's default date of service, ELG-06's day of the month,
    // ELG-07's 120 days) turns over at midnight Pacific time, not UTC.
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static DateOnly PlanToday(this TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Pacific).DateTime);
}
