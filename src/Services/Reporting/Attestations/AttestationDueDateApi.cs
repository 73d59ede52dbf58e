using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Dates;
using Platform.ServiceDefaults;

namespace Platform.Reporting.Attestations;

public sealed record AttestationDueDate(DateOnly DueDate);

public static class AttestationDueDateApi
{
    /// <summary>
    /// RPT-04's arithmetic on a date the caller gives: no provider, no PHI, nothing to audit. Both values are bound as
    /// text and parsed here, so a missing or malformed one is a 400 naming it rather than the framework's anonymous 400.
    /// </summary>
    public static RouteHandlerBuilder MapAttestationDueDate(this RouteGroupBuilder attestations) => attestations
        .MapGet("/due-date", Results<Ok<AttestationDueDate>, ValidationProblem> (string? kind = null, string? joined = null) =>
        {
            if (!AttestationKinds.TryParse(kind, out var parsedKind))
            {
                return Problems.Invalid(nameof(kind), AttestationKinds.Message);
            }

            if (!DateOnly.TryParseExact(joined, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Problems.Invalid(nameof(joined), "Enter the provider's joining date as yyyy-MM-dd.");
            }

            if (DateBounds.Coverage(day) is not null)
            {
                return Problems.Invalid(nameof(joined), $"A joining date is between {DateBounds.FirstRecord:yyyy-MM-dd} and {DateBounds.LastRecord:yyyy-MM-dd}.");
            }

            return TypedResults.Ok(new AttestationDueDate(AttestationDueDates.For(parsedKind, day)));
        })
        .WithName("GetAttestationDueDate")
        .WithSummary($"The due date of a provider's training attestation from their joining date (RPT-04): initial, {AttestationDueDates.InitialDays} days after it; annual, December 31 of the joining year (the first annual; each later year's is December 31 of that year).");
}
