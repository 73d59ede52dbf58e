using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Dispute.Attachments;

/// <summary>DSP-05: a file added to a dispute; its bytes are in a large object of the same database (<see cref="LargeObjectStore"/>).</summary>
public sealed class Attachment
{
    public const int MaxFileName = 120;

    public Guid Id { get; init; }

    public Guid DisputeId { get; init; }

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

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.ToTable("attachments");
        attachment.HasKey(a => a.Id);
        // Restrict: deleting a dispute's row would orphan its large objects; whatever deletes must unlink them first.
        attachment.HasOne<Disputes.Dispute>().WithMany().HasForeignKey(a => a.DisputeId).OnDelete(DeleteBehavior.Restrict);
        attachment.HasIndex(a => new { a.DisputeId, a.UploadedAt });
        attachment.Property(a => a.FileName).HasMaxLength(Attachment.MaxFileName);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        attachment.Property(a => a.LargeObjectOid).HasColumnType("oid");
        attachment.Property(a => a.UploadedBy).HasMaxLength(100);
    }
}
