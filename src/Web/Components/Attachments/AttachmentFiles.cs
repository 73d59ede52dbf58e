using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Contracts.Attachments;
using Platform.Web.Api;
using Platform.Web.Components.Pages.Claims;

namespace Platform.Web.Components.Attachments;

/// <summary>
/// DSP-05's files, and a referral's (REF-01 reuses the dispute's rules): the upload form's post, streamed on to the
/// service, and the attachments' downloads, fetched as the signed-in user (the browser holds no API token). One pair
/// of routes per page that shows files: <c>{page}/{number}/attachments</c> and <c>…/attachments/{id}</c>.
/// </summary>
public static class AttachmentFiles
{
    /// <summary>The query parameter that carries an upload's problem back to the page, sealed so no link can forge one.</summary>
    public const string ProblemParameter = "attachmentProblem";

    private const int MaxTokenLength = 1024;
    private static readonly TimeSpan ProblemLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The upload and download routes under <paramref name="pages"/> (/disputes), passed on to <paramref name="api"/>
    /// (/api/dispute/v1/disputes) for callers with <paramref name="policy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapAttachmentFiles(this IEndpointRouteBuilder app, string pages, string api, string policy)
    {
        // Kestrel's 30 MB default stays for every other request; this form alone carries five 25 MB files.
        app.MapPost($"{pages}/{{number}}/attachments", (string number, HttpContext http, PortalUploadApi portal, IAntiforgery antiforgery,
                IOptions<AntiforgeryOptions> options, IDataProtectionProvider protection, CancellationToken cancellationToken) =>
                UploadAsync($"{pages}/{Uri.EscapeDataString(number)}", ApiPath(api, number), http, portal, antiforgery, options, protection, cancellationToken))
            .RequireAuthorization(policy)
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentLimits.MaxRequestBytes));
        app.MapGet($"{pages}/{{number}}/attachments/{{id:guid}}", (string number, Guid id, PortalApi portal, HttpResponse response, CancellationToken cancellationToken) =>
                ClaimDownloads.PassOnAsync(portal, response, $"{ApiPath(api, number)}/{id}", $"attachment-{id}", cancellationToken))
            .RequireAuthorization(policy);
        return app;
    }

    /// <summary>The problem an upload left for the page, if the parameter is one this app sealed in the last minutes.</summary>
    public static ApiProblem? Unseal(IDataProtectionProvider protection, string? sealedProblem)
    {
        if (string.IsNullOrEmpty(sealedProblem))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ApiProblem>(Protector(protection).Unprotect(sealedProblem), JsonSerializerOptions.Web);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static async Task<IResult> UploadAsync(
        string page, string apiPath, HttpContext http, PortalUploadApi api, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, IDataProtectionProvider protection,
        CancellationToken cancellationToken)
    {
        var reader = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 } boundary
                ? new MultipartReader(boundary, http.Request.Body)
                : null;
        if (reader is null || !await FromPortalFormAsync(reader, http, antiforgery, options.Value, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The upload did not come from the portal's own form.");
        }

        var answer = await api.PostContentAsync<AttachedFile[]>(apiPath, new MultipartPassThrough(reader), cancellationToken);
        if (answer.Value is { } added)
        {
            return Results.LocalRedirect($"{page}?uploaded={added.Length}#attachments");
        }

        // The API names a refused file file[0], file[1]…: the page has one file input, and shows them all beside it.
        var problem = answer.Problem! with
        {
            Errors = answer.Problem!.Errors.GroupBy(error => error.Key.StartsWith("file[", StringComparison.Ordinal) ? "file" : error.Key)
                .ToDictionary(group => group.Key, group => group.SelectMany(error => error.Value).ToArray()),
        };
        var sealedProblem = Protector(protection).Protect(JsonSerializer.Serialize(problem, JsonSerializerOptions.Web), ProblemLifetime);
        return Results.LocalRedirect($"{page}?{ProblemParameter}={Uri.EscapeDataString(sealedProblem)}#attachments");
    }

    /// <summary>
    /// The form's first part is its antiforgery token (AttachmentUpload renders it before the file input), checked
    /// before any file is read. IAntiforgery reads a token from a header or from a form it buffers whole; this form is
    /// streamed, so the part's value is handed to it as that header.
    /// </summary>
    private static async Task<bool> FromPortalFormAsync(
        MultipartReader reader, HttpContext http, IAntiforgery antiforgery, AntiforgeryOptions options, CancellationToken cancellationToken)
    {
        if (options.HeaderName is not { } header || await reader.ReadNextSectionAsync(cancellationToken) is not { } first
            || !ContentDispositionHeaderValue.TryParse(first.ContentDisposition, out var disposition) || !disposition.IsFormDisposition()
            || HeaderUtilities.RemoveQuotes(disposition.Name).Value != options.FormFieldName)
        {
            return false;
        }

        using var text = new StreamReader(first.Body);
        var token = new char[MaxTokenLength + 1];
        var length = await text.ReadBlockAsync(token, cancellationToken);
        if (length is 0 or > MaxTokenLength)
        {
            return false;
        }

        http.Request.Headers[header] = new string(token, 0, length);
        return await antiforgery.IsRequestValidAsync(http);
    }

    private static string ApiPath(string api, string number) => $"{api}/{Uri.EscapeDataString(number)}/attachments";

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("Platform.Web.AttachmentFiles.Problem").ToTimeLimitedDataProtector();
}
