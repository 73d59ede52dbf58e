using Platform.ServiceDefaults.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Dates;
using Platform.Dispute.DisputableClaims;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Clock;

public sealed record FilingDeadline(DateOnly FileBy);

public static class DeadlinesApi
{
    /// <summary>Arithmetic on dates the caller gives: no member, no claim, no PHI, so nothing to audit.</summary>
    public static IEndpointRouteBuilder MapDeadlinesApi(this IEndpointRouteBuilder app)
    {
        var deadlines = app.MapApiGroup("/api/v1/deadlines", "Dispute deadlines").RequireAuthorization(Modules.Disputes);

        deadlines.MapGet("/filing", Results<Ok<FilingDeadline>, ValidationProblem> (DateOnly? lastDetermination = null) =>
            {
                if (lastDetermination is not { } determined)
                {
                    return Problems.Invalid(nameof(lastDetermination), "Enter the date of the claim's last determination (yyyy-MM-dd).");
                }

                // Calendar days need no holiday table, only a sane date (and no overflow from year 9999).
                if (determined < DateBounds.FirstRecord || determined > DateBounds.LastRecord)
                {
                    return Problems.Invalid(nameof(lastDetermination),
                        $"A date of determination is between {DateBounds.FirstRecord:yyyy-MM-dd} and {DateBounds.LastRecord:yyyy-MM-dd}.");
                }

                return TypedResults.Ok(new FilingDeadline(DisputeClock.FileBy(determined)));
            })
            .WithName("GetFilingDeadline")
            .WithSummary($"The last day to dispute a determination made on the given date: {DisputableClaim.FilingWindowDays} calendar days after it (DSP-04).");

        deadlines.MapGet("/decision", Results<Ok<DecisionDeadlines>, ValidationProblem> (DateOnly? received = null) =>
            {
                if (received is not { } day)
                {
                    return Problems.Invalid(nameof(received), "Enter the date the dispute was received (yyyy-MM-dd).");
                }

                if (DisputeClock.Decision(day) is not { } due)
                {
                    var holidays = HolidayCalendar.California;
                    return Problems.Invalid(nameof(received),
                        $"Working days are counted with the California holiday calendar, which covers {holidays.First:yyyy-MM-dd} to {holidays.Last:yyyy-MM-dd}: the {DisputeClock.DecisionWorkingDays} working days after {day:yyyy-MM-dd} are not all in it.");
                }

                return TypedResults.Ok(due);
            })
            .WithName("GetDecisionDeadlines")
            .WithSummary($"The days a dispute received on the given date must be acknowledged by (DSP-06: {DisputeClock.AcknowledgmentWorkingDays} working days) and decided by (DSP-07: {DisputeClock.DecisionWorkingDays} working days).");
        return app;
    }
}
