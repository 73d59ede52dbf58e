using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Attachments;
using Platform.Dispute.Data;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Attachments;

/// <summary>The dispute an attachment route names, as far as the caller may see it.</summary>
internal sealed record AttachedTo(Guid Id, string DisputeNumber, string Cin, string ClaimNumber);

/// <summary>DSP-05/08: a dispute's files, listed and downloaded by whoever may see the dispute; every read audited (ACC-05).</summary>
public static class AttachmentsApi
{
    public static RouteGroupBuilder MapAttachmentsApi(this RouteGroupBuilder disputes)
    {
        disputes.MapUploadAttachments();

        disputes.MapGet("/{disputeNumber}/attachments", async Task<Results<Ok<AttachmentResponse[]>, ValidationProblem, ProblemHttpResult>> (
                string disputeNumber, CallerScope scope, DisputeDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
            {
                if (!DisputesApi.IsNumber(disputeNumber))
                {
                    return Problems.Invalid(nameof(disputeNumber), DisputesApi.NumberMessage);
                }

                if (await FindAsync(db, scope, disputeNumber, cancellationToken) is not { } dispute)
                {
                    return Problems.NotFound($"Dispute {disputeNumber}");
                }

                // At most AttachmentLimits.MaxFiles rows: no page to keep.
                var attachments = await db.Attachments.AsNoTracking().Where(a => a.DisputeId == dispute.Id)
                    .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
                await audit.RecordReadAsync(nameof(Attachment), $"{dispute.DisputeNumber}/attachments", [dispute.Cin], [dispute.ClaimNumber], cancellationToken);
                return TypedResults.Ok(attachments.Select(AttachmentResponse.From).ToArray());
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListDisputeAttachments")
            .WithSummary("A dispute's attachments, oldest first: name, detected type, size and SHA-256 (DSP-05, DSP-08).");

        disputes.MapGet("/{disputeNumber}/attachments/{attachmentId:guid}", async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> (
                string disputeNumber, Guid attachmentId, CallerScope scope, DisputeDbContext db, IAttachmentStore store, IAuditTrail audit,
                CancellationToken cancellationToken) =>
            {
                if (!DisputesApi.IsNumber(disputeNumber))
                {
                    return Problems.Invalid(nameof(disputeNumber), DisputesApi.NumberMessage);
                }

                if (await FindAsync(db, scope, disputeNumber, cancellationToken) is not { } dispute)
                {
                    return Problems.NotFound($"Dispute {disputeNumber}");
                }

                if (await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.DisputeId == dispute.Id, cancellationToken) is not { } attachment)
                {
                    return Problems.NotFound($"Attachment {attachmentId} of dispute {disputeNumber}");
                }

                await audit.RecordReadAsync(nameof(Attachment), $"{dispute.DisputeNumber}/attachments/{attachment.Id}", [dispute.Cin], [dispute.ClaimNumber], cancellationToken);
                // The large object is read inside a transaction that lasts while the body is sent: the request's DbContext
                // ends it (a rollback: nothing was written) once the response is complete.
                await db.Database.BeginTransactionAsync(cancellationToken);
                var content = await store.OpenReadAsync(attachment.LargeObjectOid, attachment.Size, cancellationToken);
                // As detected on upload, never sniffed by the browser (nosniff), never kept by it (no-store): ApiResponseHeaders.
                return TypedResults.File(content, attachment.ContentType, attachment.FileName);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DownloadDisputeAttachment")
            .WithSummary("One attachment's file, as uploaded, with its detected type and sanitized name (DSP-05).");
        return disputes;
    }

    /// <summary>The dispute by its number if the caller may see it (ACC-01/06: else null, answered 404).</summary>
    internal static Task<AttachedTo?> FindAsync(DisputeDbContext db, CallerScope scope, string disputeNumber, CancellationToken cancellationToken) =>
        db.Disputes.AsNoTracking().VisibleTo(scope, d => d.BillingNpi, d => d.HealthNetwork).Where(d => d.DisputeNumber == disputeNumber)
            .Select(d => new AttachedTo(d.Id, d.DisputeNumber, d.Cin, d.ClaimNumber)).SingleOrDefaultAsync(cancellationToken)!;
}
