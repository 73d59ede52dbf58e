using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Claims;

public sealed record FinalizeClaimRequest([property: Required, Range(typeof(decimal), "0.00", "9999999999.99")] decimal? PayableAmount);

public static class FinalizeClaim
{
    public static RouteHandlerBuilder MapFinalizeClaim(this RouteGroupBuilder claims) => claims
        .MapPost("/{claimNumber}/finalization", async Task<Results<Ok<ClaimResponse>, ProblemHttpResult, ValidationProblem>> (
            string claimNumber, FinalizeClaimRequest request, ClaimsDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!ClaimNumber.IsValid(claimNumber))
            {
                return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
            }

            var claim = await db.Claims.SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken);
            if (claim is null)
            {
                return Problems.NotFound($"Claim {claimNumber}");
            }

            if (claim.Status == ClaimStatus.Finalized)
            {
                return Problems.Conflict($"Claim {claimNumber} is already finalized.");
            }

            if (request.PayableAmount > claim.BilledAmount)
            {
                return Problems.Invalid(nameof(request.PayableAmount), "The payable amount cannot exceed the billed amount.");
            }

            var now = time.GetUtcNow();
            // The state change, its event and its ACC-05 audit entry commit together (outbox); the relay publishes them.
            db.AddIntegrationEvent(claim.Finalize(request.PayableAmount!.Value, now), now);
            db.AddAudit(audit, AuditActions.Update, nameof(Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber]);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(ClaimResponse.From(claim));
        })
        .WithName("FinalizeClaim")
        .WithSummary("Finalizes a claim with its payable amount; from then on it can be disputed (CLM-05).");
}
