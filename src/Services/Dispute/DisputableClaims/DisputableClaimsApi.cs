using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Dispute.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.DisputableClaims;

public static class DisputableClaimsApi
{
    /// <summary>
    /// ACC-01: only claims of the caller's providers. The local copy carries no health network yet, so a partner
    /// client sees none (fails closed) until disputes are routed to networks (DSP-03).
    /// </summary>
    public static IEndpointRouteBuilder MapDisputableClaimsApi(this IEndpointRouteBuilder app)
    {
        var claims = app.MapApiGroup("/api/v1/disputable-claims", "Disputable claims").RequireAuthorization(Modules.Disputes);

        claims.MapGet("/{claimNumber}", async Task<Results<Ok<DisputableClaimResponse>, ProblemHttpResult>> (
                string claimNumber, CallerScope scope, DisputeDbContext db, CancellationToken cancellationToken) =>
                await db.DisputableClaims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi).SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is { } claim
                    ? TypedResults.Ok(DisputableClaimResponse.From(claim))
                    : Problems.NotFound($"Disputable claim {claimNumber}"))
            .WithName("GetDisputableClaim")
            .WithSummary("A finalized claim that can be disputed, with the date a dispute must be filed by (DSP-04).");

        claims.MapGet("/", async Task<Results<Ok<Page<DisputableClaimResponse>>, ValidationProblem>> (
                CallerScope scope, DisputeDbContext db, CancellationToken cancellationToken, string? after = null, int limit = Page<DisputableClaimResponse>.DefaultLimit) =>
            {
                if (!Page<DisputableClaimResponse>.IsValidLimit(limit))
                {
                    return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<DisputableClaimResponse>.MaxLimit}.");
                }

                var rows = await db.DisputableClaims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi)
                    .Where(c => after == null || string.Compare(c.ClaimNumber, after) > 0)
                    .OrderBy(c => c.ClaimNumber)
                    .Take(limit + 1)
                    .Select(c => DisputableClaimResponse.From(c))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(Page<DisputableClaimResponse>.From(rows, limit, c => c.ClaimNumber));
            })
            .WithName("ListDisputableClaims")
            .WithSummary("Disputable claims by claim number, keyset-paginated.");
        return app;
    }
}
