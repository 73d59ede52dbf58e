using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Interop.Data;
using Platform.Interop.Fhir;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

namespace Platform.Interop.Export;

/// <summary>
/// One NDJSON file of a finished export, for its requester only, until it expires. The download is the read of the
/// file's members' data: audited against every one of them, and committed, before a byte is sent (ACC-05).
/// </summary>
public static class ExportFiles
{
    public const string MediaType = "application/fhir+ndjson";

    public static string Url(HttpRequest request, Guid fileId) => $"{CapabilityStatementApi.PublicBase(request)}/$export-file/{fileId}";

    public static RouteHandlerBuilder MapExportFiles(this RouteGroupBuilder fhir) => fhir
        .MapGet("/$export-file/{fileId:guid}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
            Guid fileId, ClaimsPrincipal user, InteropDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var file = await db.BulkExportFiles.AsNoTracking()
                .Where(f => f.Id == fileId && db.Own(user, time).Any(e => e.Id == f.ExportId && e.Status == BulkExportStatus.Completed))
                .SingleOrDefaultAsync(cancellationToken);
            if (file is null)
            {
                return Problems.NotFound("The file");
            }

            await audit.RecordReadAsync($"BulkExport{file.ResourceType}", fileId.ToString(), file.MemberCins, ct: cancellationToken);
            return TypedResults.Text(file.Content, MediaType);
        })
        .WithName("FhirExportFile")
        .Produces<string>(StatusCodes.Status200OK, MediaType)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("One NDJSON file of a completed export, for the token that started it, until the export expires.");
}
