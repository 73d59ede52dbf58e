using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Claims;

public static class GetClaim
{
    /// <summary>ACC-01/06: a claim outside the caller's providers (or partner network) is not found, never forbidden.</summary>
    public static RouteHandlerBuilder MapGetClaim(this RouteGroupBuilder claims) => claims
        .MapGet("/{claimNumber}", async Task<Results<Ok<ClaimResponse>, ValidationProblem, ProblemHttpResult>> (
            string claimNumber, CallerScope scope, ClaimsDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            if (!ClaimNumber.IsValid(claimNumber))
            {
                return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
            }

            if (await db.Claims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork)
                    .SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } claim)
            {
                return Problems.NotFound($"Claim {claimNumber}");
            }

            // ACC-05: durable before the claim leaves the service.
            await audit.RecordReadAsync(nameof(Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber], cancellationToken);
            return TypedResults.Ok(ClaimResponse.From(claim));
        })
        .WithName("GetClaim")
        .WithSummary("A claim by its claim number, if it is one of the caller's providers' (ACC-01).");
}
