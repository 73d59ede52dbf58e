using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Pdc.Workbook;

namespace Platform.Reporting.Pdc;

/// <summary>
/// Sends a PDC workbook (RPT-03): written whole into a temporary file first — deleted when the response closes it —
/// so that the audit entry naming every member in it is committed before a byte leaves (ACC-05), and a failure midway
/// sends a problem rather than half a file.
/// </summary>
public static class PdcDownload
{
    public const string AuditResource = "PdcWorkbook";

    public static async Task<FileStreamHttpResult> SendAsync(PdcServices services, PdcScope scope, string resourceId, string fileName, string title, CancellationToken cancellationToken)
    {
        var priorities = await services.PrioritiesAsync(cancellationToken);
        var names = await services.Db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Npi, p => p.Name, cancellationToken);
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"pdc-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var rows = services.Rows.ReadAsync(scope, priorities, services.AsOf, cancellationToken);
            var contents = await PdcWorkbook.WriteAsync(file, rows, priorities, names, title, cancellationToken);
            await services.Audit.RecordReadAsync(AuditResource, resourceId, contents.Members, ct: cancellationToken);
            file.Position = 0;
            return TypedResults.File(file, PdcWorkbook.ContentType, fileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A file name without PHI: what the report covers and its day.</summary>
    public static string FileName(string subject, DateOnly asOf) => $"pdc-{subject.ToLowerInvariant()}-{asOf:yyyy-MM-dd}.xlsx";
}
