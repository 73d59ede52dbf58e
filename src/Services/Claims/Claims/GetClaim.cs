using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Claims;

public static class GetClaim
{
    /// <summary>ACC-01/06: a claim outside the caller's providers (or partner network) is not found, never forbidden.</summary>
    public static RouteHandlerBuilder MapGetClaim(this RouteGroupBuilder claims) => claims
        .MapGet("/{claimNumber}", async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> (
                string claimNumber, CallerScope scope, ClaimsDbContext db, CancellationToken cancellationToken) =>
            await db.Claims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork)
                .SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is { } claim
                ? TypedResults.Ok(ClaimResponse.From(claim))
                : Problems.NotFound($"Claim {claimNumber}"))
        .WithName("GetClaim")
        .WithSummary("A claim by its claim number, if it is one of the caller's providers' (ACC-01).");
}
