namespace Platform.Attachments;

/// <summary>An attachment as listed (DSP-08's Attachments tab, a referral's files): its bytes are at its own address.</summary>
public sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static AttachmentResponse From(StoredAttachment attachment) =>
        new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.UploadedAt);
}
