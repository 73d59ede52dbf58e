using Platform.ServiceDefaults.Auth;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Reports;

/// <summary>
/// The PDC workbooks (RPT-02/03) fetched as the signed-in user and streamed on to the browser as they arrive — a plan's
/// workbook is tens of MB — never cached, since they carry PHI.
/// </summary>
public static class ReportDownloads
{
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder app)
    {
        // Get Latest: one health network's workbook.
        app.MapGet("/reports/pdc/health-networks/{network}/workbook.xlsx", (string network, PortalApi api, HttpResponse response, CancellationToken cancellationToken) =>
                PassOnAsync(api, response, $"/api/reporting/v1/pdc/health-networks/{Uri.EscapeDataString(network)}/workbook", cancellationToken))
            .RequireAuthorization(Modules.Reports);
        // Download PDC Report: the workbook of the PCPs / prescribers the filters select.
        app.MapGet("/reports/pdc/workbook.xlsx", (HttpRequest request, PortalApi api, HttpResponse response, CancellationToken cancellationToken) =>
                PassOnAsync(api, response, $"/api/reporting/v1/pdc/workbook{PdcFilters.Query(request.Query["name"], request.Query["tin"], request.Query["npi"])}", cancellationToken))
            .RequireAuthorization(Modules.Reports);
        return app;
    }

    private static async Task<IResult> PassOnAsync(PortalApi api, HttpResponse response, string path, CancellationToken cancellationToken)
    {
        var file = await api.GetStreamedFileAsync(path, cancellationToken);
        response.Headers.CacheControl = "no-store";
        if (file.Value is not { } download)
        {
            return Results.Problem(statusCode: (int)file.Problem!.Status, title: file.Problem.Title, detail: file.Problem.Detail);
        }

        response.RegisterForDispose(download);
        var headers = download.Content.Headers;
        return Results.Stream(await download.Content.ReadAsStreamAsync(cancellationToken), headers.ContentType?.ToString(),
            headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? "pdc-report.xlsx");
    }
}

/// <summary>The PCP / Prescriber view's filters as a query: those that are set.</summary>
public static class PdcFilters
{
    public static IEnumerable<KeyValuePair<string, string?>> Of(string? name, string? tin, string? npi) =>
    [
        new("name", string.IsNullOrWhiteSpace(name) ? null : name.Trim()),
        new("tin", string.IsNullOrWhiteSpace(tin) ? null : tin.Trim()),
        new("npi", string.IsNullOrWhiteSpace(npi) ? null : npi.Trim()),
    ];

    public static QueryString Query(string? name, string? tin, string? npi) => PageLinks.ApiQuery(Of(name, tin, npi), null);
}
