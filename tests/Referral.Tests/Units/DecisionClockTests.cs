using Platform.Referral.Referrals;
using Platform.Referral.Submission;
using Xunit;

namespace Platform.Referral.Tests.Units;

public sealed class DecisionClockTests
{
    private static readonly DecisionPolicy Policy = new();

    private static DateTimeOffset Pacific(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(-8));

    [Fact]
    public void REF_12_urgent_is_due_72_hours_after_receipt()
    {
        Assert.Equal(Pacific(12, 10, 9), Policy.DueAt(ReferralUrgency.Urgent, Pacific(12, 7, 9)));
    }

    [Fact]
    public void REF_12_routine_received_on_a_weekday_is_due_by_CMS_0057_Fs_7_calendar_days_the_stricter_rule()
    {
        // Monday: five business days end with the next Monday's close; seven days end that Monday morning.
        Assert.Equal(Pacific(12, 14, 9), Policy.DueAt(ReferralUrgency.Routine, Pacific(12, 7, 9)));
    }

    [Fact]
    public void REF_12_routine_received_on_a_saturday_is_due_by_the_end_of_the_fifth_business_day_the_stricter_rule()
    {
        // H&SC 1367.01: Monday to Friday are the five business days; CMS-0057-F's seven days would run to Saturday.
        Assert.Equal(Pacific(12, 12, 0).AddTicks(-1), Policy.DueAt(ReferralUrgency.Routine, Pacific(12, 5, 9)));
    }

    [Fact]
    public void REF_12_the_clock_is_configurable()
    {
        var looser = new DecisionPolicy { UrgentHours = 96, RoutineCalendarDays = 15, RoutineBusinessDays = 15 };

        Assert.Equal(Pacific(12, 11, 9), looser.DueAt(ReferralUrgency.Urgent, Pacific(12, 7, 9)));
    }
}
