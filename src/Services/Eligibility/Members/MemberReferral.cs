using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.Members;

/// <summary>
/// ELG-04, REF-11: a referral submitted for a member, from ReferralSubmitted, so the face sheet can count them as
/// Referral Lookup lists them. Kept whatever becomes of the referral: the lookup lists cancelled ones too.
/// </summary>
public sealed class MemberReferral
{
    public required string ReferralNumber { get; init; }

    public required string Cin { get; init; }

    public DateOnly SubmittedOn { get; init; }
}

public sealed class MemberReferralConfiguration : IEntityTypeConfiguration<MemberReferral>
{
    public void Configure(EntityTypeBuilder<MemberReferral> referral)
    {
        referral.ToTable("member_referrals");
        // Keyed by the number the lookup shows, so a referral announced twice is counted once.
        referral.HasKey(r => r.ReferralNumber);
        referral.Property(r => r.ReferralNumber).HasMaxLength(20);
        referral.Property(r => r.Cin).HasMaxLength(9);
        referral.HasIndex(r => new { r.Cin, r.SubmittedOn });
    }
}
