using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Platform.Contracts.Attachments;
using Platform.ServiceDefaults;

namespace Platform.Attachments;

/// <summary>A file an upload stored: its id (time-ordered), sanitized name, detected type and where its bytes went.</summary>
public sealed record UploadedFile(Guid Id, string FileName, AttachmentType Type, StoredContent Content, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>An upload's files, all stored, or the problem that refused the request (then roll back: nothing is kept).</summary>
public sealed record UploadRead(IReadOnlyList<UploadedFile> Files, ValidationProblem? Problem);

/// <summary>
/// DSP-05's upload, for whichever service takes files: one or more parts named <see cref="Field"/> in a streamed
/// multipart/form-data body, at most <see cref="AttachmentLimits.MaxFiles"/> per holder, each at most
/// <see cref="AttachmentLimits.MaxBytes"/> and of an accepted type by its content. Each part goes straight from the
/// request into a large object, counted and hashed on the way, and its type is checked on the stored bytes. The caller
/// runs it inside one transaction, so a file refused for any reason leaves none of the request's files stored.
/// </summary>
public static class AttachmentUploads
{
    public const string Field = "file";

    public const string MultipartFormData = "multipart/form-data";

    /// <summary>RFC 2046's longest boundary.</summary>
    private const int MaxBoundary = 70;

    public static readonly string OnePartPerFile = $"Send each file as a {MultipartFormData} part named {Field}, with its file name.";

    private static readonly string TooLarge = $"A file is at most {AttachmentLimits.MaxBytes / (1024 * 1024)} MB ({AttachmentLimits.MaxBytes:N0} bytes); this one is larger.";
    private static readonly string NotAccepted = $"The file's content is of no accepted type: {AttachmentLimits.AcceptedTypes}. The type is read from the content, not the name.";

    /// <summary>The body as the OpenAPI document describes it: one or more binary parts named file.</summary>
    private static readonly OpenApiRequestBody FilesBody = new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [MultipartFormData] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { Field },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [Field] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            MaxItems = AttachmentLimits.MaxFiles,
                            Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        },
    };

    /// <summary>
    /// An upload route: its body limit raised to one request's worth of files, its form left unread by the input guard
    /// (it is streamed), and its body declared for the OpenAPI document only: Accepts metadata would have routing answer
    /// 415 before authorization and scope, and so tell a caller that a dispute or referral it may not see exists.
    /// </summary>
    public static RouteHandlerBuilder TakesStreamedFiles(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new RequestSizeLimitAttribute(AttachmentLimits.MaxRequestBytes), new StreamedFormAttribute())
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = FilesBody;
            return Task.CompletedTask;
        })
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>415 unless the body is multipart/form-data: answered after the holder is found, before its status is checked.</summary>
    public static ProblemHttpResult? Unsupported(HttpRequest request) => IsMultipart(request, out _)
        ? null
        : TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: $"Send the files as {MultipartFormData}.", detail: OnePartPerFile);

    /// <summary>The multipart boundary the Content-Type names, or null (answer <see cref="NoBoundary"/>).</summary>
    public static string? Boundary(HttpRequest request) =>
        IsMultipart(request, out var mediaType) && HeaderUtilities.RemoveQuotes(mediaType!.Boundary).Value is { Length: > 0 and <= MaxBoundary } boundary ? boundary : null;

    public static ValidationProblem NoBoundary() =>
        Problems.Invalid("body", $"A {MultipartFormData} body names its boundary (1 to {MaxBoundary} characters) in the Content-Type.");

    /// <summary>
    /// Reads the files of the body into <paramref name="store"/>, in the caller's transaction. <paramref name="holder"/>
    /// names what they are added to in the limit's message ("A dispute"); <paramref name="existing"/> is how many files it has.
    /// </summary>
    public static async Task<UploadRead> ReadAsync(HttpRequest request, string boundary, IAttachmentStore store, string holder, int existing, string uploadedBy,
        TimeProvider time, CancellationToken cancellationToken)
    {
        // To the microsecond, as PostgreSQL keeps it: the answer shows what a later read will.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        var added = new List<UploadedFile>();
        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var field = $"{Field}[{added.Count}]";
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value != Field)
                {
                    return Refused(field, OnePartPerFile);
                }

                if (existing + added.Count >= AttachmentLimits.MaxFiles)
                {
                    return Refused(Field, $"{holder} takes at most {AttachmentLimits.MaxFiles} files; it has {existing}.");
                }

                if (await store.WriteAsync(section.Body, AttachmentLimits.MaxBytes, cancellationToken) is not { } stored)
                {
                    return Refused(field, TooLarge);
                }

                await using var written = await store.OpenReadAsync(stored.Oid, stored.Size, cancellationToken);
                if (await AttachmentContent.DetectAsync(written, cancellationToken) is not { } type)
                {
                    return Refused(field, NotAccepted);
                }

                // A millisecond apart: ids (version 7, time-ordered) keep the order the files were sent in.
                added.Add(new UploadedFile(Guid.CreateVersion7(now.AddMilliseconds(added.Count)), AttachmentNames.Sanitize(FileName(disposition), type), type, stored,
                    now, uploadedBy));
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException and not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // The multipart framing is broken (no closing boundary, an over-long header), or the client went away.
            return Refused("body", $"The body is not a complete {MultipartFormData} message. {OnePartPerFile}");
        }

        return added.Count == 0 ? Refused(Field, $"Send one or more files. {OnePartPerFile}") : new UploadRead(added, null);
    }

    private static UploadRead Refused(string field, string message) => new([], Problems.Invalid(field, message));

    private static bool IsMultipart(HttpRequest request, out MediaTypeHeaderValue? mediaType) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out mediaType) && mediaType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name the client gave (RFC 5987's filename* first); only sanitized, never trusted, after this.</summary>
    private static string? FileName(ContentDispositionHeaderValue disposition) =>
        disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.UnescapeAsQuotedString(disposition.FileName).Value;
}
