using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Lookup;

public static class GetClaim
{
    /// <summary>ACC-01/06: a claim outside the caller's providers (or partner network) is not found, never forbidden.</summary>
    public static RouteHandlerBuilder MapGetClaim(this RouteGroupBuilder claims) => claims
        .MapGet("/{claimNumber}", async Task<Results<Ok<ClaimDetail>, ValidationProblem, ProblemHttpResult>> (
            string claimNumber, CallerScope scope, ClaimsPrincipal user, ClaimsDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            if (!ClaimNumber.IsValid(claimNumber))
            {
                return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
            }

            if (await db.Claims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork)
                    .Include(c => c.Lines)
                    .SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } claim)
            {
                return Problems.NotFound($"Claim {claimNumber}");
            }

            var member = await db.Members.AsNoTracking().SingleAsync(m => m.Cin == claim.Cin, cancellationToken);
            // ACC-05: durable before the claim leaves the service.
            await audit.RecordReadAsync(nameof(Claims.Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber], cancellationToken);
            return TypedResults.Ok(ClaimDetail.Of(claim, member, fwaFlags: user.IsInRole(Roles.PlanStaff)));
        })
        .WithName("GetClaim")
        .WithSummary("A claim's detail by claim number (CLM-02): header, service lines with totals, member, providers, diagnoses and EOB, if it is one of the caller's providers' (ACC-01).");
}
