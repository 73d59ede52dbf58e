using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

namespace Platform.Reporting.Attestations;

public static class OpenMaterial
{
    /// <summary>
    /// RPT-05: records that a training material was opened for the attestation — the server's record, which alone
    /// enables the attestation box. The first open is kept (when, by whom); opening it again changes nothing.
    /// </summary>
    public static RouteHandlerBuilder MapOpenMaterial(this RouteGroupBuilder attestations) => attestations
        .MapPost("/{attestationId:guid}/materials/{code}/opened", async Task<Results<Ok<AttestationResponse>, ProblemHttpResult>> (
            Guid attestationId, string code, [AsParameters] AttestationServices services, CancellationToken cancellationToken) =>
        {
            var db = services.Db;
            if (await db.VisibleAttestationAsync(services.Scope, attestationId, cancellationToken) is not { } attestation)
            {
                return AttestationsApi.NotFound(attestationId);
            }

            if (await db.TrainingMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, cancellationToken) is not { } material)
            {
                return Problems.NotFound($"Training material {code}");
            }

            var now = services.Time.GetUtcNow();
            if (attestation.Openings.TrueForAll(o => o.MaterialCode != material.Code))
            {
                db.Add(new MaterialOpening { AttestationId = attestation.Id, MaterialCode = material.Code, OpenedAt = now, OpenedBy = services.Caller });
                db.AddAudit(services.Audit, AuditActions.Update, nameof(Attestation), attestation.Id.ToString());
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
                {
                    // Opened at the same moment from another tab: the other open is the record.
                    db.ChangeTracker.Clear();
                    attestation = (await db.VisibleAttestationAsync(services.Scope, attestationId, cancellationToken))!;
                }
            }

            return TypedResults.Ok(await db.ResponseAsync(attestation, now.PlanDay(), cancellationToken));
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("OpenTrainingMaterial")
        .WithSummary("Records that a training material was opened for the attestation (RPT-05: every one must be, before attesting); idempotent.");
}
