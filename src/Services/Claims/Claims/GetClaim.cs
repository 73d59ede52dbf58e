using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.ServiceDefaults;

namespace Platform.Claims.Claims;

public static class GetClaim
{
    // ACC-01 collection scoping joins here when the identity service issues collections.
    public static RouteHandlerBuilder MapGetClaim(this RouteGroupBuilder claims) => claims
        .MapGet("/{claimNumber}", async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> (string claimNumber, ClaimsDbContext db, CancellationToken cancellationToken) =>
            await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is { } claim
                ? TypedResults.Ok(ClaimResponse.From(claim))
                : Problems.NotFound($"Claim {claimNumber}"))
        .WithName("GetClaim")
        .WithSummary("A claim by its claim number.");
}
