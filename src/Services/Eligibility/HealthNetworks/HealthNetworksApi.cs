using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.HealthNetworks;

public sealed record HealthNetworkResponse(string Code, string Name, string Phone, string PhoneMenu, RiskType? RiskType);

public static class HealthNetworksApi
{
    public static IEndpointRouteBuilder MapHealthNetworksApi(this IEndpointRouteBuilder app)
    {
        var networks = app.MapApiGroup("/api/v1/health-networks", "Health networks").RequireAuthorization(Modules.Members);
        networks.MapGet("/", async Task<Ok<List<HealthNetworkResponse>>> (EligibilityDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.HealthNetworks.AsNoTracking()
                    // Case-insensitive, so "AltaMed" sorts before "AMVI" whatever the database's collation.
                    .OrderBy(n => n.Name.ToLower())
                    .Select(n => new HealthNetworkResponse(n.Code, n.Name, n.Phone, n.PhoneMenu, n.RiskType))
                    .ToListAsync(cancellationToken)))
            .WithName("ListHealthNetworks")
            .WithSummary("The health networks and their provider phone lines (POR-02) and risk type (ELG-03), by name.");
        return app;
    }
}
