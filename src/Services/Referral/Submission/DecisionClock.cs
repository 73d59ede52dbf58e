using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Calendar;

namespace Platform.Referral.Submission;

/// <summary>REF-12: by when a pended request is decided, from the moment it was received.</summary>
public static class DecisionClock
{
    public static DateTimeOffset DueAt(this DecisionPolicy policy, ReferralUrgency urgency, DateTimeOffset receivedAt)
    {
        if (urgency == ReferralUrgency.Urgent)
        {
            return receivedAt.AddHours(policy.UrgentHours);
        }

        var calendarDays = receivedAt.AddDays(policy.RoutineCalendarDays);
        // Business days end with the plan's day; past the holiday table's years only the calendar-day rule can be counted.
        return HolidayCalendar.California.AddWorkingDays(receivedAt.PlanDay(), policy.RoutineBusinessDays) is { } day && day.EndOfPlanDay() < calendarDays
            ? day.EndOfPlanDay()
            : calendarDays;
    }
}
