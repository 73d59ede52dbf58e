using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using NpiNumber = Platform.Contracts.Identifiers.Npi;

namespace Platform.Reporting.Attestations;

/// <summary>The provider (NPI) and kind to attest.</summary>
public sealed record StartAttestationRequest(string? Npi, string? Kind) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!NpiNumber.TryParse(Npi, out _))
        {
            yield return new ValidationResult(NpiNumber.Message, [nameof(Npi)]);
        }

        if (!AttestationKinds.TryParse(Kind, out _))
        {
            yield return new ValidationResult(AttestationKinds.Message, [nameof(Kind)]);
        }
    }
}

public static class StartAttestation
{
    /// <summary>
    /// RPT-05: opens the attestation a provider owes of the kind — the initial, or this calendar year's annual — for the
    /// materials to be opened and the attestation submitted. One per provider, kind and period: starting it again answers
    /// 200 with the same one, as started or submitted.
    /// </summary>
    public static RouteHandlerBuilder MapStartAttestation(this RouteGroupBuilder attestations) => attestations
        .MapPost("/", async Task<Results<Created<AttestationResponse>, Ok<AttestationResponse>, ValidationProblem, ProblemHttpResult>> (
            StartAttestationRequest request, [AsParameters] AttestationServices services, CancellationToken cancellationToken) =>
        {
            var db = services.Db;
            var npi = request.Npi!;
            // ACC-01: a provider outside the caller's collections is not found.
            if (await db.VisibleProviders(services.Scope).AsNoTracking().SingleOrDefaultAsync(p => p.Npi == npi, cancellationToken) is not { } provider)
            {
                return Problems.NotFound($"Provider {npi}");
            }

            AttestationKinds.TryParse(request.Kind, out var kind);
            var now = services.Time.GetUtcNow();
            var today = now.PlanDay();
            var due = AttestationDueDates.Owed(kind, provider.JoinedOn, today.Year);
            if (await ExistingAsync(db, npi, kind, due, cancellationToken) is { } existing)
            {
                return TypedResults.Ok(await db.ResponseAsync(existing, today, cancellationToken));
            }

            var attestation = new Attestation
            {
                Id = Guid.CreateVersion7(now), Npi = npi, Tin = provider.Tin, Kind = kind, DueDate = due, StartedAt = now, StartedBy = services.Caller,
            };
            db.Attestations.Add(attestation);
            db.AddAudit(services.Audit, AuditActions.Create, nameof(Attestation), attestation.Id.ToString());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Two people started it at once: the second is answered with the first's.
                db.ChangeTracker.Clear();
                return TypedResults.Ok(await db.ResponseAsync((await ExistingAsync(db, npi, kind, due, cancellationToken))!, today, cancellationToken));
            }

            return TypedResults.Created($"/api/v1/attestations/{attestation.Id}", await db.ResponseAsync(attestation, today, cancellationToken));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("StartAttestation")
        .WithSummary("Starts (or finds) the training attestation a provider owes of the kind: the initial, or this year's annual (RPT-04/05).");

    private static Task<Attestation?> ExistingAsync(ReportingDbContext db, string npi, AttestationKind kind, DateOnly due, CancellationToken cancellationToken) =>
        db.Attestations.AsNoTracking().Include(a => a.Openings).SingleOrDefaultAsync(a => a.Npi == npi && a.Kind == kind && a.DueDate == due, cancellationToken);
}
