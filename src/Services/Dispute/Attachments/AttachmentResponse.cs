namespace Platform.Dispute.Attachments;

/// <summary>A dispute's attachment as listed (DSP-08's Attachments tab): its bytes are at its own address.</summary>
public sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static AttachmentResponse From(Attachment attachment) =>
        new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.UploadedAt);
}
