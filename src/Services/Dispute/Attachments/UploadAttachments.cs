using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Platform.Contracts.Disputes;
using Platform.Dispute.Data;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Attachments;

public static class UploadAttachments
{
    public const string Field = "file";

    private const string MultipartFormData = "multipart/form-data";

    /// <summary>RFC 2046's longest boundary.</summary>
    private const int MaxBoundary = 70;

    private static readonly string TooLarge = $"A file is at most {AttachmentLimits.MaxBytes / (1024 * 1024)} MB ({AttachmentLimits.MaxBytes:N0} bytes); this one is larger.";
    private static readonly string NotAccepted = $"The file's content is of no accepted type: {AttachmentLimits.AcceptedTypes}. The type is read from the content, not the name.";
    private static readonly string OnePartPerFile = $"Send each file as a {MultipartFormData} part named {Field}, with its file name.";

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
    /// DSP-05: adds files to an open dispute the caller may see, up to five in all, each at most 25 MB and of an accepted
    /// type by its content. Streamed: each part goes straight from the request into a large object, counted and hashed on
    /// the way, and its type is checked on the stored bytes. All or nothing: one transaction for the request, so a file
    /// refused for any reason leaves none of the request's files stored.
    /// </summary>
    public static RouteHandlerBuilder MapUploadAttachments(this RouteGroupBuilder disputes) => disputes
        .MapPost("/{disputeNumber}/attachments", async Task<Results<Created<AttachmentResponse[]>, ValidationProblem, ProblemHttpResult>> (
            string disputeNumber, HttpRequest request, ClaimsPrincipal user, CallerScope scope, DisputeDbContext db, IAttachmentStore store,
            TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!DisputesApi.IsNumber(disputeNumber))
            {
                return Problems.Invalid(nameof(disputeNumber), DisputesApi.NumberMessage);
            }

            if (await AttachmentsApi.FindAsync(db, scope, disputeNumber, cancellationToken) is not { } dispute)
            {
                return Problems.NotFound($"Dispute {disputeNumber}");
            }

            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || !mediaType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: $"Send the files as {MultipartFormData}.", detail: OnePartPerFile);
            }

            if (HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= MaxBoundary } boundary)
            {
                return Problems.Invalid("body", $"A {MultipartFormData} body names its boundary (1 to {MaxBoundary} characters) in the Content-Type.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Locked until the upload commits: two uploads at once cannot pass five files between them, nor one land on a
            // dispute decided meanwhile.
            var status = await db.Database.SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM disputes WHERE \"Id\" = {dispute.Id} FOR UPDATE")
                .SingleAsync(cancellationToken);
            if (!Disputes.Dispute.OpenStatuses.Contains(Enum.Parse<DisputeStatus>(status)))
            {
                return Problems.Conflict($"Dispute {disputeNumber} is {status}.", "Files are added to a dispute while it is open (DSP-05).");
            }

            var existing = await db.Attachments.CountAsync(a => a.DisputeId == dispute.Id, cancellationToken);
            // To the microsecond, as PostgreSQL keeps it: the answer shows what a later read will.
            var now = time.GetUtcNow();
            now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
            var uploadedBy = user.FindFirstValue(PlatformClaims.Subject)!;
            var added = new List<Attachment>();
            var reader = new MultipartReader(boundary, request.Body);
            try
            {
                while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
                {
                    var field = $"{Field}[{added.Count}]";
                    if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()
                        || HeaderUtilities.RemoveQuotes(disposition.Name).Value != Field)
                    {
                        return Problems.Invalid(field, OnePartPerFile);
                    }

                    if (existing + added.Count >= AttachmentLimits.MaxFiles)
                    {
                        return Problems.Invalid(Field, $"A dispute takes at most {AttachmentLimits.MaxFiles} files; it has {existing}.");
                    }

                    if (await store.WriteAsync(section.Body, AttachmentLimits.MaxBytes, cancellationToken) is not { } stored)
                    {
                        return Problems.Invalid(field, TooLarge);
                    }

                    await using var written = await store.OpenReadAsync(stored.Oid, stored.Size, cancellationToken);
                    if (await AttachmentContent.DetectAsync(written, cancellationToken) is not { } type)
                    {
                        return Problems.Invalid(field, NotAccepted);
                    }

                    added.Add(new Attachment
                    {
                        // A millisecond apart: ids (version 7, time-ordered) keep the order the files were sent in.
                        Id = Guid.CreateVersion7(now.AddMilliseconds(added.Count)),
                        DisputeId = dispute.Id,
                        FileName = AttachmentNames.Sanitize(FileName(disposition), type),
                        ContentType = type.ContentType,
                        Size = stored.Size,
                        Sha256 = stored.Sha256,
                        LargeObjectOid = stored.Oid,
                        UploadedAt = now,
                        UploadedBy = uploadedBy,
                    });
                }
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException and not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                // The multipart framing is broken (no closing boundary, an over-long header), or the client went away.
                return Problems.Invalid("body", $"The body is not a complete {MultipartFormData} message. {OnePartPerFile}");
            }

            if (added.Count == 0)
            {
                return Problems.Invalid(Field, $"Send one or more files. {OnePartPerFile}");
            }

            db.Attachments.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/api/v1/disputes/{disputeNumber}/attachments", added.Select(AttachmentResponse.From).ToArray());
        })
        .WithMetadata(new RequestSizeLimitAttribute(AttachmentLimits.MaxRequestBytes), new StreamedFormAttribute())
        // Declared for the document only: Accepts metadata would have routing answer 415 before authorization and scope.
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = FilesBody;
            return Task.CompletedTask;
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .WithName("UploadDisputeAttachments")
        .WithSummary($"Adds files to an open dispute (DSP-05): {MultipartFormData}, one part named {Field} per file; up to {AttachmentLimits.MaxFiles} per dispute, each at most 25 MB, of an accepted type by content. All or none are kept.");

    /// <summary>The name the client gave (RFC 5987's filename* first); only sanitized, never trusted, after this.</summary>
    private static string? FileName(ContentDispositionHeaderValue disposition) =>
        disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.UnescapeAsQuotedString(disposition.FileName).Value;
}
