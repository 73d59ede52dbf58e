using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.AccessStandards;

public sealed record AccessStandardResponse(string Category, string TypeOfCare, string Standard);

public static class AccessStandardsApi
{
    public static IEndpointRouteBuilder MapAccessStandardsApi(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/v1/access-standards", "Access standards").RequireAuthorization(Modules.Members)
            .MapGet("/", async Task<Ok<List<AccessStandardResponse>>> (EligibilityDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.AccessStandards.AsNoTracking()
                    .OrderBy(s => s.Position)
                    .Select(s => new AccessStandardResponse(s.Category, s.TypeOfCare, s.Standard))
                    .ToListAsync(cancellationToken)))
            .WithName("ListAccessStandards")
            .WithSummary("Appointment wait times and telephone access standards providers must meet (POR-02), as the plan lists them.");
        return app;
    }
}
