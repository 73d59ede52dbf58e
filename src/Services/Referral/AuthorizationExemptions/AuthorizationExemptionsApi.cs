using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.AuthorizationExemptions;

public sealed record AuthorizationExemptionResponse(string Code, string Service);

public static class AuthorizationExemptionsApi
{
    public static IEndpointRouteBuilder MapAuthorizationExemptionsApi(this IEndpointRouteBuilder app)
    {
        var exemptions = app.MapApiGroup("/api/v1/authorization-exemptions", "Authorization exemptions").RequireAuthorization(Modules.Referrals);
        exemptions.MapGet("/", async Task<Ok<List<AuthorizationExemptionResponse>>> (ReferralDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.AuthorizationExemptions.AsNoTracking()
                    .OrderBy(e => e.DisplayOrder)
                    .Select(e => new AuthorizationExemptionResponse(e.Code, e.Service))
                    .ToListAsync(cancellationToken)))
            .WithName("ListAuthorizationExemptions")
            .WithSummary("The services that need no authorization (REF-03).");
        return app;
    }
}
