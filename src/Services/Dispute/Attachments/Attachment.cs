using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Attachments;

namespace Platform.Dispute.Attachments;

/// <summary>DSP-05: a file added to a dispute; its bytes are in a large object of the dispute database (<see cref="LargeObjectStore"/>).</summary>
public sealed class Attachment : StoredAttachment
{
    public Attachment()
    {
    }

    [SetsRequiredMembers]
    public Attachment(UploadedFile file, Guid disputeId) : base(file) => DisputeId = disputeId;

    public Guid DisputeId { get; init; }
}

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.ToTable("attachments");
        attachment.HasStoredAttachmentColumns();
        // Restrict: deleting a dispute's row would orphan its large objects; whatever deletes must unlink them first.
        attachment.HasOne<Disputes.Dispute>().WithMany().HasForeignKey(a => a.DisputeId).OnDelete(DeleteBehavior.Restrict);
        attachment.HasIndex(a => new { a.DisputeId, a.UploadedAt });
    }
}
