using Platform.Claims.Adjudication;
using Platform.Claims.Intake;
using Platform.Claims.Lookup;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Claims.Claims;

public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var claims = app.MapApiGroup("/api/v1/claims", "Claims");
        claims.MapSearchClaims().RequireAuthorization(Modules.Claims);
        claims.MapGetClaim().RequireAuthorization(Modules.Claims);
        // Claims arrive from the plan's intake and are adjudicated by plan staff, not by provider offices.
        claims.MapRecordClaim().RequireAuthorization(Roles.PlanStaff);
        claims.MapAdjudicateClaim().RequireAuthorization(Roles.PlanStaff);
        return app;
    }
}
