using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.TrainingMaterials;

public sealed record TrainingMaterialResponse(string Code, string Title);

public static class TrainingMaterialsApi
{
    public static IEndpointRouteBuilder MapTrainingMaterialsApi(this IEndpointRouteBuilder app)
    {
        var materials = app.MapApiGroup("/api/v1/training-materials", "Training materials").RequireAuthorization(Modules.Attestation);
        materials.MapGet("/", async Task<Ok<List<TrainingMaterialResponse>>> (ReportingDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.TrainingMaterials.AsNoTracking()
                    .OrderBy(m => m.DisplayOrder)
                    .Select(m => new TrainingMaterialResponse(m.Code, m.Title))
                    .ToListAsync(cancellationToken)))
            .WithName("ListTrainingMaterials")
            .WithSummary("The materials to open before attesting provider training (RPT-05), in display order.");
        return app;
    }
}
