using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Attestations;

/// <summary>One line of a provider's status list: an attestation owed, its due date and where it stands.</summary>
public sealed record AttestationStanding(
    AttestationKind Kind, DateOnly DueDate, AttestationStatus Status, bool Overdue, Guid? AttestationId, DateTimeOffset? SubmittedAt);

public sealed record ProviderAttestationsResponse(string Npi, string Tin, string ProviderName, DateOnly JoinedOn, IReadOnlyList<AttestationStanding> Attestations);

public static class ProviderAttestations
{
    /// <summary>
    /// RPT-05's status list (R14's magnifying glass): every attestation a provider has owed — the initial and each
    /// annual since the joining year, through this one — latest due first, each Pending or Submitted and overdue or not.
    /// </summary>
    public static RouteHandlerBuilder MapProviderAttestations(this RouteGroupBuilder attestations) => attestations
        .MapGet("/providers/{npi}", async Task<Results<Ok<ProviderAttestationsResponse>, ValidationProblem, ProblemHttpResult>> (
            string npi, CallerScope scope, ReportingDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!Npi.TryParse(npi, out _))
            {
                return Problems.Invalid(nameof(npi), Npi.Message);
            }

            // ACC-01: a provider outside the caller's collections is not found.
            if (await db.VisibleProviders(scope).AsNoTracking().SingleOrDefaultAsync(p => p.Npi == npi, cancellationToken) is not { } provider)
            {
                return Problems.NotFound($"Provider {npi}");
            }

            var today = time.PlanToday();
            var started = await db.Attestations.AsNoTracking().Where(a => a.Npi == npi).ToListAsync(cancellationToken);
            var standings = AttestationDueDates.Schedule(provider.JoinedOn, today.Year)
                .Select(owed =>
                {
                    var attestation = started.Find(a => a.Kind == owed.Kind && a.DueDate == owed.DueDate);
                    var submitted = attestation?.IsSubmitted == true;
                    return new AttestationStanding(owed.Kind, owed.DueDate, submitted ? AttestationStatus.Submitted : AttestationStatus.Pending,
                        AttestationDueDates.IsOverdue(owed.DueDate, submitted, today), attestation?.Id, attestation?.SubmittedAt);
                })
                .OrderByDescending(s => s.DueDate)
                .ThenBy(s => s.Kind)
                .ToList();
            return TypedResults.Ok(new ProviderAttestationsResponse(provider.Npi, provider.Tin, provider.Name, provider.JoinedOn, standings));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("GetProviderAttestations")
        .WithSummary("A provider's attestation status list (RPT-05): the initial and every annual owed since joining, each with its due date, Pending or Submitted, and overdue.");
}
