using System.ComponentModel.DataAnnotations;

namespace Platform.ServiceDefaults;

public static class PlanCalendar
{
    // The plan serves Orange County, so "today" (ELG-02's default date of service, ELG-06's day of the month,
    // ELG-07's 120 days, CLM-04's day received) turns over at midnight Pacific time, not UTC.
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static DateOnly PlanToday(this TimeProvider time) => time.GetUtcNow().PlanDay();

    /// <summary>An instant on the plan's clock (an X12 envelope's date and time are the sender's local ones).</summary>
    public static DateTimeOffset PlanTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Pacific);

    /// <summary>The plan's day an instant fell on (a determination made at 5 pm Pacific is that day's, not the next UTC one's).</summary>
    public static DateOnly PlanDay(this DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Pacific).DateTime);

    /// <summary>The last instant of a plan day (a deadline "by the end of" that day, Pacific time).</summary>
    public static DateTimeOffset EndOfPlanDay(this DateOnly day)
    {
        var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(end, Pacific.GetUtcOffset(end)).AddTicks(-1).ToUniversalTime();
    }

    /// <summary>Today by the request's clock, for IValidatableObject (RequestValidation passes the request's services).</summary>
    public static DateOnly PlanToday(this ValidationContext context) =>
        ((TimeProvider?)context.GetService(typeof(TimeProvider)) ?? TimeProvider.System).PlanToday();
}
