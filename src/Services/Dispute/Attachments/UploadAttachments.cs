using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Attachments;
using Platform.Contracts.Attachments;
using Platform.Dispute.Data;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Attachments;

public static class UploadAttachments
{
    public const string Field = AttachmentUploads.Field;

    /// <summary>
    /// DSP-05: adds files to an open dispute the caller may see, up to five in all, each at most 25 MB and of an accepted
    /// type by its content, streamed by <see cref="AttachmentUploads"/>. All or nothing: one transaction for the request,
    /// so a file refused for any reason leaves none of the request's files stored.
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

            if (AttachmentUploads.Unsupported(request) is { } unsupported)
            {
                return unsupported;
            }

            if (AttachmentUploads.Boundary(request) is not { } boundary)
            {
                return AttachmentUploads.NoBoundary();
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
            var read = await AttachmentUploads.ReadAsync(request, boundary, store, "A dispute", existing, user.FindFirstValue(PlatformClaims.Subject)!, time, cancellationToken);
            if (read.Problem is { } invalid)
            {
                return invalid;
            }

            var added = read.Files.Select(file => new Attachment(file, dispute.Id)).ToArray();
            db.Attachments.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Created($"/api/v1/disputes/{disputeNumber}/attachments", added.Select(AttachmentResponse.From).ToArray());
        })
        .TakesStreamedFiles()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("UploadDisputeAttachments")
        .WithSummary($"Adds files to an open dispute (DSP-05): {AttachmentUploads.MultipartFormData}, one part named {Field} per file; up to {AttachmentLimits.MaxFiles} per dispute, each at most 25 MB, of an accepted type by content. All or none are kept.");
}
