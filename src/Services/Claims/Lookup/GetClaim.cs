using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Claims.Printable;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Lookup;

public static class GetClaim
{
    /// <summary>ACC-01/06: a claim outside the caller's providers (or partner network) is not found, never forbidden.</summary>
    public static RouteGroupBuilder MapGetClaim(this RouteGroupBuilder claims)
    {
        claims.MapGet("/{claimNumber}", async Task<Results<Ok<ClaimDetail>, ValidationProblem, ProblemHttpResult>> (
                string claimNumber, CallerScope scope, ClaimsPrincipal user, ClaimsDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                if (!ClaimNumber.IsValid(claimNumber))
                {
                    return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
                }

                if (await ReadAsync(claimNumber, scope, db, audit, user.IsInRole(Roles.PlanStaff), cancellationToken) is not { } detail)
                {
                    return Problems.NotFound($"Claim {claimNumber}");
                }

                return TypedResults.Ok(detail);
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetClaim")
            .WithSummary("A claim's detail by claim number (CLM-02): header, service lines with totals, member, providers, diagnoses and EOB, if it is one of the caller's providers' (ACC-01).");

        claims.MapGet("/{claimNumber}/printable", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (
                string claimNumber, CallerScope scope, ClaimsDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (!ClaimNumber.IsValid(claimNumber))
                {
                    return Problems.Invalid(nameof(claimNumber), ClaimNumber.Message);
                }

                if (await ReadAsync(claimNumber, scope, db, audit, fwaFlags: false, cancellationToken) is not { } detail)
                {
                    return Problems.NotFound($"Claim {claimNumber}");
                }

                return TypedResults.File(ClaimPdf.Of(detail, time.GetUtcNow()), "application/pdf", $"claim-{detail.ClaimNumber}.pdf");
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetClaimPrintable")
            .WithSummary("The claim's detail as a PDF to print or file (CLM-02 \"Download Printable\"), on the same terms as the detail.");
        return claims;
    }

    /// <summary>The claim as the caller may see it, its read audited (ACC-05: durable before it leaves); null when not found.</summary>
    private static async Task<ClaimDetail?> ReadAsync(string claimNumber, CallerScope scope, ClaimsDbContext db, IAuditTrail audit, bool fwaFlags, CancellationToken cancellationToken)
    {
        if (await db.Claims.AsNoTracking().VisibleTo(scope, c => c.BillingNpi, c => c.HealthNetwork).Include(c => c.Lines).Include(c => c.Adjustments)
                .SingleOrDefaultAsync(c => c.ClaimNumber == claimNumber, cancellationToken) is not { } claim)
        {
            return null;
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Cin == claim.Cin, cancellationToken);
        await audit.RecordReadAsync(nameof(Claims.Claim), claim.ClaimNumber, [claim.Cin], [claim.ClaimNumber], cancellationToken);
        return ClaimDetail.Of(claim, member, fwaFlags);
    }
}
