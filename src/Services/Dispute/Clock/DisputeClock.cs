using Platform.ServiceDefaults.Calendar;
using Platform.Dispute.DisputableClaims;

namespace Platform.Dispute.Clock;

public sealed record DecisionDeadlines(DateOnly DecideBy, DateOnly AcknowledgeBy);

/// <summary>The dates a dispute's rules set, from the day it was received or the claim last determined.</summary>
public static class DisputeClock
{
    /// <summary>
    /// DSP-06: 28 CCR 1300.71.38 allows 2 working days to acknowledge an electronic dispute (15 for paper; the portal
    /// receives electronic ones). The plan's own promise, notice within 24 hours of submission [R14], is stricter.
    /// </summary>
    public const int AcknowledgmentWorkingDays = 2;

    /// <summary>DSP-07: a written decision within 45 working days of receipt.</summary>
    public const int DecisionWorkingDays = 45;

    /// <summary>DSP-04: calendar days, so no holiday table takes part.</summary>
    public static DateOnly FileBy(DateOnly lastDetermination) => lastDetermination.AddDays(DisputableClaim.FilingWindowDays);

    /// <summary>Null when the California holiday calendar does not reach the decision day.</summary>
    public static DecisionDeadlines? Decision(DateOnly received) =>
        HolidayCalendar.California.AddWorkingDays(received, DecisionWorkingDays) is { } decideBy
        && HolidayCalendar.California.AddWorkingDays(received, AcknowledgmentWorkingDays) is { } acknowledgeBy
            ? new DecisionDeadlines(decideBy, acknowledgeBy)
            : null;
}
