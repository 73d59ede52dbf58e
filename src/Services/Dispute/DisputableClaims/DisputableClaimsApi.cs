using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Dispute.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.DisputableClaims;

public static class DisputableClaimsApi
{
    /// <summary>ACC-01/06: only claims of the caller's providers, or of the partner's health network.</summary>
    public static IEndpointRouteBuilder MapDisputableClaimsApi(this IEndpointRouteBuilder app)
    {
        var claims = app.MapApiGroup("/api/v1/disputable-claims", "Disputable claims").RequireAuthorization(Modules.Disputes);

        claims.MapGet("/{claimNumber}", async Task<Results<Ok<DisputableClaimResponse>, ValidationProblem, ProblemHttpResult>> (
                string claimNumber, CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                if (!ClaimNumber.IsValid(claimNumber))
                {
                    return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
                }

                if (await db.DisputableClaims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork).SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } claim)
                {
                    return Problems.NotFound($"Disputable claim {claimNumber}");
                }

                // ACC-05: durable before the claim leaves the service.
                await audit.RecordReadAsync(nameof(DisputableClaim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber], cancellationToken);
                return TypedResults.Ok(DisputableClaimResponse.From(claim));
            })
            .WithName("GetDisputableClaim")
            .WithSummary("A finalized claim that can be disputed, with the date a dispute must be filed by (DSP-04).");

        claims.MapGet("/", async Task<Results<Ok<Page<DisputableClaimResponse>>, ValidationProblem>> (
                CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken, string? after = null, int limit = Page<DisputableClaimResponse>.DefaultLimit) =>
            {
                if (!Page<DisputableClaimResponse>.IsValidLimit(limit))
                {
                    return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<DisputableClaimResponse>.MaxLimit}.");
                }

                var rows = await db.DisputableClaims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork)
                    .Where(c => after == null || string.Compare(c.ClaimNumber, after) > 0)
                    .OrderBy(c => c.ClaimNumber)
                    .Take(limit + 1)
                    .Select(c => DisputableClaimResponse.From(c))
                    .ToListAsync(cancellationToken);
                var page = Page<DisputableClaimResponse>.From(rows, limit, c => c.ClaimNumber);
                // ACC-05: a page is one read of every claim and member it shows ("*": the list, not one claim).
                await audit.RecordReadAsync(nameof(DisputableClaim), "*", [.. page.Items.Select(c => c.Cin)],
                    [.. page.Items.Select(c => c.ClaimNumber)], cancellationToken);
                return TypedResults.Ok(page);
            })
            .WithName("ListDisputableClaims")
            .WithSummary("Disputable claims by claim number, keyset-paginated.");
        return app;
    }
}
