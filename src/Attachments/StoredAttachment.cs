using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Attachments;

/// <summary>
/// DSP-05: what every attachment row keeps, whichever service's table it is in; its bytes are in a large object of the
/// same database (<see cref="LargeObjectStore"/>). Each service derives its own entity with the id of what the file is
/// attached to, and scopes it as that (a dispute's file as the dispute, a referral's as the referral).
/// </summary>
public abstract class StoredAttachment
{
    public const int MaxFileName = 120;

    protected StoredAttachment()
    {
    }

    /// <summary>The row of a file an upload stored (<see cref="AttachmentUploads"/>).</summary>
    [SetsRequiredMembers]
    protected StoredAttachment(UploadedFile file)
    {
        Id = file.Id;
        FileName = file.FileName;
        ContentType = file.Type.ContentType;
        Size = file.Content.Size;
        Sha256 = file.Content.Sha256;
        LargeObjectOid = file.Content.Oid;
        UploadedAt = file.UploadedAt;
        UploadedBy = file.UploadedBy;
    }

    public Guid Id { get; init; }

    /// <summary>As sanitized (<see cref="AttachmentNames"/>): no directory, no control or reserved characters, the detected type's extension.</summary>
    public required string FileName { get; init; }

    /// <summary>The media type detected from the content (<see cref="AttachmentContent"/>), never the one the client sent.</summary>
    public required string ContentType { get; init; }

    public long Size { get; init; }

    /// <summary>SHA-256 of the content, lowercase hex: lets the submitter check a download, and an object store name it.</summary>
    public required string Sha256 { get; init; }

    public uint LargeObjectOid { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public required string UploadedBy { get; init; }
}

public static class StoredAttachmentConfiguration
{
    /// <summary>The columns every attachment table shares; the owner's key, its foreign key and index are the service's.</summary>
    public static EntityTypeBuilder<T> HasStoredAttachmentColumns<T>(this EntityTypeBuilder<T> attachment) where T : StoredAttachment
    {
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.FileName).HasMaxLength(StoredAttachment.MaxFileName);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        attachment.Property(a => a.LargeObjectOid).HasColumnType("oid");
        attachment.Property(a => a.UploadedBy).HasMaxLength(100);
        return attachment;
    }
}
