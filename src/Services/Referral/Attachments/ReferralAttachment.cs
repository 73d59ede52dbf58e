using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Attachments;

namespace Platform.Referral.Attachments;

/// <summary>
/// REF-01: a file added to a referral (records, a letter of medical necessity), by the dispute's rules (DSP-05): its
/// bytes in a large object of the referral database, the row scoped as its referral.
/// </summary>
public sealed class ReferralAttachment : StoredAttachment
{
    public ReferralAttachment()
    {
    }

    [SetsRequiredMembers]
    public ReferralAttachment(UploadedFile file, Guid referralId) : base(file) => ReferralId = referralId;

    public Guid ReferralId { get; init; }
}

public sealed class ReferralAttachmentConfiguration : IEntityTypeConfiguration<ReferralAttachment>
{
    public void Configure(EntityTypeBuilder<ReferralAttachment> attachment)
    {
        attachment.ToTable("referral_attachments");
        attachment.HasStoredAttachmentColumns();
        // Restrict: deleting a referral's row would orphan its large objects; whatever deletes must unlink them first.
        attachment.HasOne<Referrals.Referral>().WithMany().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Restrict);
        attachment.HasIndex(a => new { a.ReferralId, a.UploadedAt });
    }
}
