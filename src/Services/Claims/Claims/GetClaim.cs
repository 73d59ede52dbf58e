using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

namespace Platform.Claims.Claims;

public static class GetClaim
{
    // ACC-01 collection scoping joins here when the identity service issues collections.
    public static RouteHandlerBuilder MapGetClaim(this RouteGroupBuilder claims) => claims
        .MapGet("/{claimNumber}", async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> (
            string claimNumber, ClaimsDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            if (await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } claim)
            {
                return Problems.NotFound($"Claim {claimNumber}");
            }

            // ACC-05: durable before the claim leaves the service.
            await audit.RecordReadAsync(nameof(Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber], cancellationToken);
            return TypedResults.Ok(ClaimResponse.From(claim));
        })
        .WithName("GetClaim")
        .WithSummary("A claim by its claim number.");
}
