using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Reporting.Attestations;

/// <summary>RPT-05's form: who attended the training, and the attestation box ticked.</summary>
public sealed record SubmitAttestationRequest(IReadOnlyList<string?>? Attendees, bool? Attested) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Attendees is not { Count: > 0 })
        {
            yield return new ValidationResult("Enter the attendees: at least one name.", [nameof(Attendees)]);
        }
        else if (Attendees.Count > Attestation.MaxAttendees)
        {
            yield return new ValidationResult($"At most {Attestation.MaxAttendees} attendees are recorded on one attestation.", [nameof(Attendees)]);
        }
        else if (Attendees.Any(a => string.IsNullOrWhiteSpace(a) || a.Trim().Length > Attestation.MaxAttendeeName))
        {
            yield return new ValidationResult($"Each attendee is a name of 1 to {Attestation.MaxAttendeeName} characters.", [nameof(Attendees)]);
        }

        if (Attested != true)
        {
            yield return new ValidationResult("Tick the attestation box to attest that the training was completed.", [nameof(Attested)]);
        }
    }
}

public static class SubmitAttestation
{
    /// <summary>
    /// RPT-05: submits the attestation for its attendees, once every training material has been opened (else 409 naming
    /// those not opened). Who attested and when are the caller and the server's clock; AttestationSubmitted is published
    /// through the outbox in the same transaction. A submitted attestation cannot be submitted again (409).
    /// </summary>
    public static RouteHandlerBuilder MapSubmitAttestation(this RouteGroupBuilder attestations) => attestations
        .MapPost("/{attestationId:guid}/submission", async Task<Results<Ok<AttestationResponse>, ValidationProblem, ProblemHttpResult>> (
            Guid attestationId, SubmitAttestationRequest request, [AsParameters] AttestationServices services, CancellationToken cancellationToken) =>
        {
            var db = services.Db;
            if (await db.VisibleAttestationAsync(services.Scope, attestationId, cancellationToken) is not { } attestation)
            {
                return AttestationsApi.NotFound(attestationId);
            }

            var now = services.Time.GetUtcNow();
            if (attestation.IsSubmitted)
            {
                return Problems.Conflict($"This attestation was submitted on {attestation.SubmittedAt!.Value.PlanDay():MM/dd/yyyy}.", "It cannot be submitted again.");
            }

            var current = await db.ResponseAsync(attestation, now.PlanDay(), cancellationToken);
            if (current.Unopened().ToList() is { Count: > 0 } unopened)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Open every training material before attesting.",
                    detail: $"Not opened yet: {string.Join(", ", unopened)}.", extensions: new Dictionary<string, object?> { ["unopenedMaterials"] = unopened });
            }

            db.AddIntegrationEvent(attestation.Submit([.. request.Attendees!.Select(a => a!.Trim())], services.Caller, now), now);
            db.AddAudit(services.Audit, AuditActions.Update, nameof(Attestation), attestation.Id.ToString());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("This attestation was submitted meanwhile.", "It cannot be submitted again.");
            }

            return TypedResults.Ok(await db.ResponseAsync(attestation, now.PlanDay(), cancellationToken));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("SubmitAttestation")
        .WithSummary("Submits the training attestation for its attendees once every material has been opened (RPT-05); publishes AttestationSubmitted.");
}
