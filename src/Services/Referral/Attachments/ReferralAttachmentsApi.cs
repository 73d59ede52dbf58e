using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Attachments;
using Platform.Contracts.Attachments;
using Platform.Referral.Data;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.Attachments;

/// <summary>The referral an attachment route names, as far as the caller may see it.</summary>
internal sealed record AttachedTo(Guid Id, string ReferralNumber, string Cin);

/// <summary>What the attachment routes need besides the route's values.</summary>
public sealed record AttachmentServices(ClaimsPrincipal User, CallerScope Scope, ReferralDbContext Db, IAttachmentStore Store, IAuditTrail Audit, TimeProvider Time);

/// <summary>
/// REF-01: a referral's files, by the dispute's attachment rules (DSP-05, <see cref="AttachmentUploads"/>): added while
/// the referral is pended, listed and downloaded by whoever may see the referral (ReferralScope: 404 otherwise); the
/// upload audited as a change, every read as a read (ACC-05).
/// </summary>
public static class ReferralAttachmentsApi
{
    public static RouteGroupBuilder MapReferralAttachmentsApi(this RouteGroupBuilder referrals)
    {
        referrals.MapPost("/{referralNumber}/attachments", UploadAsync)
            .TakesStreamedFiles()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UploadReferralAttachments")
            .WithSummary($"Adds files to a pended referral (REF-01, by DSP-05's rules): {AttachmentUploads.MultipartFormData}, one part named {AttachmentUploads.Field} per file; up to {AttachmentLimits.MaxFiles} per referral, each at most 25 MB, of an accepted type by content. All or none are kept; the history notes them.");

        referrals.MapGet("/{referralNumber}/attachments", async Task<Results<Ok<AttachmentResponse[]>, ValidationProblem, ProblemHttpResult>> (
                string referralNumber, [AsParameters] AttachmentServices services, CancellationToken cancellationToken) =>
            {
                if (!ReferralScope.IsNumber(referralNumber))
                {
                    return Problems.Invalid(nameof(referralNumber), ReferralScope.NumberMessage);
                }

                if (await FindAsync(services, referralNumber, cancellationToken) is not { } referral)
                {
                    return Problems.NotFound($"Referral {referralNumber}");
                }

                // At most AttachmentLimits.MaxFiles rows: no page to keep.
                var attachments = await services.Db.Attachments.AsNoTracking().Where(a => a.ReferralId == referral.Id)
                    .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
                await services.Audit.RecordReadAsync(nameof(ReferralAttachment), $"{referral.ReferralNumber}/attachments", [referral.Cin], ct: cancellationToken);
                return TypedResults.Ok(attachments.Select(AttachmentResponse.From).ToArray());
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListReferralAttachments")
            .WithSummary("A referral's attachments, oldest first: name, detected type, size and SHA-256 (REF-01).");

        referrals.MapGet("/{referralNumber}/attachments/{attachmentId:guid}", async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> (
                string referralNumber, Guid attachmentId, [AsParameters] AttachmentServices services, CancellationToken cancellationToken) =>
            {
                if (!ReferralScope.IsNumber(referralNumber))
                {
                    return Problems.Invalid(nameof(referralNumber), ReferralScope.NumberMessage);
                }

                if (await FindAsync(services, referralNumber, cancellationToken) is not { } referral)
                {
                    return Problems.NotFound($"Referral {referralNumber}");
                }

                var db = services.Db;
                if (await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.ReferralId == referral.Id, cancellationToken) is not { } attachment)
                {
                    return Problems.NotFound($"Attachment {attachmentId} of referral {referralNumber}");
                }

                await services.Audit.RecordReadAsync(nameof(ReferralAttachment), $"{referral.ReferralNumber}/attachments/{attachment.Id}", [referral.Cin], ct: cancellationToken);
                // The large object is read inside a transaction that lasts while the body is sent: the request's DbContext
                // ends it (a rollback: nothing was written) once the response is complete.
                await db.Database.BeginTransactionAsync(cancellationToken);
                var content = await services.Store.OpenReadAsync(attachment.LargeObjectOid, attachment.Size, cancellationToken);
                // As detected on upload, never sniffed by the browser (nosniff), never kept by it (no-store): ApiResponseHeaders.
                return TypedResults.File(content, attachment.ContentType, attachment.FileName);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DownloadReferralAttachment")
            .WithSummary("One attachment's file, as uploaded, with its detected type and sanitized name (REF-01).");
        return referrals;
    }

    /// <summary>
    /// Answers in the dispute's order: 404 for a referral the caller may not see, 415 for a body that is no multipart form,
    /// then 409 unless the referral is pended. One transaction: the files, the history's note and the audit entry commit
    /// together, or none of them does.
    /// </summary>
    private static async Task<Results<Created<AttachmentResponse[]>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        string referralNumber, HttpRequest request, [AsParameters] AttachmentServices services, CancellationToken cancellationToken)
    {
        if (!ReferralScope.IsNumber(referralNumber))
        {
            return Problems.Invalid(nameof(referralNumber), ReferralScope.NumberMessage);
        }

        if (await FindAsync(services, referralNumber, cancellationToken) is not { } found)
        {
            return Problems.NotFound($"Referral {referralNumber}");
        }

        if (AttachmentUploads.Unsupported(request) is { } unsupported)
        {
            return unsupported;
        }

        if (AttachmentUploads.Boundary(request) is not { } boundary)
        {
            return AttachmentUploads.NoBoundary();
        }

        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked until the upload commits: two uploads at once cannot pass five files between them, nor one land on a
        // referral decided or cancelled meanwhile.
        await db.Database.SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM referrals WHERE \"Id\" = {found.Id} FOR UPDATE").SingleAsync(cancellationToken);
        var referral = await db.Referrals.SingleAsync(r => r.Id == found.Id, cancellationToken);
        if (!referral.IsPended)
        {
            return Problems.Conflict($"Referral {referralNumber} is {referral.Status}.", "Files are added to a referral while it is pended (REF-01).");
        }

        var by = services.User.FindFirstValue(PlatformClaims.Subject)!;
        var existing = await db.Attachments.CountAsync(a => a.ReferralId == referral.Id, cancellationToken);
        var read = await AttachmentUploads.ReadAsync(request, boundary, services.Store, "A referral", existing, by, services.Time, cancellationToken);
        if (read.Problem is { } invalid)
        {
            return invalid;
        }

        var added = read.Files.Select(file => new ReferralAttachment(file, referral.Id)).ToArray();
        db.Attachments.AddRange(added);
        referral.NoteAttachments(added.Length, by, added[0].UploadedAt);
        db.AddAudit(services.Audit, AuditActions.Create, nameof(ReferralAttachment), $"{referral.ReferralNumber}/attachments", [referral.Cin]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/referrals/{referralNumber}/attachments", added.Select(AttachmentResponse.From).ToArray());
    }

    /// <summary>The referral by its number if the caller may see it (ACC-01/06: else null, answered 404).</summary>
    private static Task<AttachedTo?> FindAsync(AttachmentServices services, string referralNumber, CancellationToken cancellationToken) =>
        services.Db.VisibleReferrals(services.Scope).AsNoTracking().Where(r => r.ReferralNumber == referralNumber)
            .Select(r => new AttachedTo(r.Id, r.ReferralNumber, r.Cin)).SingleOrDefaultAsync(cancellationToken)!;
}
