using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Interop.Data;
using Platform.Interop.Fhir;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Interop.Export;

/// <summary>Bulk Data's completion manifest: where each NDJSON file is, read with the same token.</summary>
public sealed record ExportManifest(
    [property: JsonPropertyName("transactionTime")] DateTimeOffset TransactionTime,
    [property: JsonPropertyName("request")] string Request,
    [property: JsonPropertyName("requiresAccessToken")] bool RequiresAccessToken,
    [property: JsonPropertyName("output")] IReadOnlyList<ExportManifestFile> Output,
    [property: JsonPropertyName("error")] IReadOnlyList<ExportManifestFile> Error);

public sealed record ExportManifestFile(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("count")] int Count);

/// <summary>
/// Bulk Data status polling: 202 with X-Progress while the export runs, 200 with the manifest once done, 404 for an
/// export that is not the caller's or has expired; DELETE cancels it and drops its files.
/// </summary>
public static class ExportStatus
{
    private const string Path = "/$export-status/{exportId:guid}";

    public static string Url(HttpRequest request, Guid exportId) => $"{CapabilityStatementApi.PublicBase(request)}/$export-status/{exportId}";

    public static RouteGroupBuilder MapExportStatus(this RouteGroupBuilder fhir)
    {
        fhir.MapGet(Path, async Task<Results<Ok<ExportManifest>, Accepted, ProblemHttpResult>> (
                Guid exportId, HttpRequest request, HttpResponse response, ClaimsPrincipal user, InteropDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (await db.Own(user, time).Include(e => e.Files).AsNoTracking().SingleOrDefaultAsync(e => e.Id == exportId, cancellationToken) is not { } export)
                {
                    return Problems.NotFound("The export");
                }

                switch (export.Status)
                {
                    case BulkExportStatus.Failed:
                        return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The export failed.",
                            detail: "It was tried several times and could not be written. Start it again; if it fails again, call the plan.");
                    case not BulkExportStatus.Completed:
                        response.Headers["X-Progress"] = export.Status == BulkExportStatus.Queued ? "queued" : $"running: {export.Files.Count} files written";
                        response.Headers.RetryAfter = "2";
                        return TypedResults.Accepted((string?)null);
                }

                response.Headers.Expires = export.ExpiresAt.ToString("R");
                var files = export.Files.OrderBy(f => f.ResourceType).ThenBy(f => f.Ordinal)
                    .Select(f => new ExportManifestFile(f.ResourceType, ExportFiles.Url(request, f.Id), f.Count)).ToList();
                return TypedResults.Ok(new ExportManifest(export.TransactionTime!.Value, export.Request, RequiresAccessToken: true, files, []));
            })
            .WithName("FhirExportStatus")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .Produces(StatusCodes.Status202Accepted)
            .WithSummary("Bulk Data status: 202 while running (X-Progress), 200 with the manifest of NDJSON files when complete.");

        fhir.MapDelete(Path, async Task<Results<Accepted, ProblemHttpResult>> (
                Guid exportId, ClaimsPrincipal user, InteropDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
                // Its files go with it (cascade); a worker still running it finds the job gone and stops.
                await db.Own(user, time).Where(e => e.Id == exportId).ExecuteDeleteAsync(cancellationToken) == 0
                    ? Problems.NotFound("The export")
                    : TypedResults.Accepted((string?)null))
            .WithName("FhirExportCancel")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Bulk Data cancel: stops the export and deletes its files.");
        return fhir;
    }

    /// <summary>The caller's own exports that have not expired: anyone else's is not found.</summary>
    public static IQueryable<BulkExport> Own(this InteropDbContext db, ClaimsPrincipal user, TimeProvider time)
    {
        var requester = user.FindFirstValue(PlatformClaims.Subject);
        var now = time.GetUtcNow();
        return db.BulkExports.Where(e => e.Requester == requester && e.ExpiresAt > now);
    }
}
