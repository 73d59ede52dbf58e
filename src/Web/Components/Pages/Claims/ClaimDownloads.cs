using Platform.ServiceDefaults.Auth;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Claims;

/// <summary>
/// Downloads of the claims pages: the browser holds no API token, so the web app fetches the file as the signed-in
/// user and passes it on; never cached, since it carries PHI.
/// </summary>
public static class ClaimDownloads
{
    public static IEndpointRouteBuilder MapClaimDownloads(this IEndpointRouteBuilder app)
    {
        // CLM-03: the Remittance Advice as the claims service writes it, CSV or PDF.
        app.MapGet("/claims/reconciliation/{paymentId:guid}/remittance.{format:regex(^(csv|pdf)$)}", (Guid paymentId, string format, PortalApi api, HttpResponse response, CancellationToken cancellationToken) =>
                PassOnAsync(api, response, $"/api/claims/v1/payments/{paymentId}/remittance?format={format}", $"remittance-{paymentId}.{format}", cancellationToken))
            .RequireAuthorization(Modules.Claims);
        app.MapGet("/claims/{claimNumber}/printable.pdf", (string claimNumber, PortalApi api, HttpResponse response, CancellationToken cancellationToken) =>
                PassOnAsync(api, response, $"/api/claims/v1/claims/{Uri.EscapeDataString(claimNumber)}/printable", $"claim-{claimNumber}.pdf", cancellationToken))
            .RequireAuthorization(Modules.Claims);
        return app;
    }

    /// <summary>The file as the platform answered it, or its problem; shared by the dispute pages' attachments.</summary>
    internal static async Task<IResult> PassOnAsync(PortalApi api, HttpResponse response, string path, string fileName, CancellationToken cancellationToken)
    {
        var file = await api.GetFileAsync(path, cancellationToken);
        response.Headers.CacheControl = "no-store";
        return file.Value is { } download
            ? Results.File(download.Content, download.ContentType, download.FileName ?? fileName)
            : Results.Problem(statusCode: (int)file.Problem!.Status, title: file.Problem.Title, detail: file.Problem.Detail);
    }
}
