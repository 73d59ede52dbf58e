using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Attestations;

/// <summary>What the attestation endpoints need besides their input, bundled for the handlers.</summary>
public sealed record AttestationServices(ClaimsPrincipal User, CallerScope Scope, ReportingDbContext Db, IAuditTrail Audit, TimeProvider Time)
{
    /// <summary>The token's subject: who started, opened or attested.</summary>
    public string Caller => User.FindFirstValue(PlatformClaims.Subject)!;
}

/// <summary>
/// RPT-04/05, Reports → Manage Attestation: due dates, the search of who owes what, and attesting — start, open each
/// material, submit. Like the training materials, for callers with the Attestation module.
/// </summary>
public static class AttestationsApi
{
    public static IEndpointRouteBuilder MapAttestationsApi(this IEndpointRouteBuilder app)
    {
        var attestations = app.MapApiGroup("/api/v1/attestations", "Attestations").RequireAuthorization(Modules.Attestation);
        attestations.MapAttestationDueDate();
        attestations.MapSearchAttestations();
        attestations.MapProviderAttestations();
        attestations.MapStartAttestation();
        attestations.MapOpenMaterial();
        attestations.MapSubmitAttestation();

        attestations.MapGet("/{attestationId:guid}", async Task<Results<Ok<AttestationResponse>, ProblemHttpResult>> (
                Guid attestationId, [AsParameters] AttestationServices services, CancellationToken cancellationToken) =>
                await services.Db.VisibleAttestationAsync(services.Scope, attestationId, cancellationToken) is { } attestation
                    ? TypedResults.Ok(await services.Db.ResponseAsync(attestation, services.Time.PlanToday(), cancellationToken))
                    : NotFound(attestationId))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAttestation")
            .WithSummary("An attestation: its provider, due date, status, the training materials opened so far and, once submitted, who attested for which attendees (RPT-05).");
        return app;
    }

    /// <summary>ACC-01: another office's attestation is not found, as one that does not exist.</summary>
    internal static ProblemHttpResult NotFound(Guid attestationId) => Problems.NotFound($"Attestation {attestationId}");
}
