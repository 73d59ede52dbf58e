using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.Members;

/// <summary>ELG-04: a claim the plan received for a member, from ClaimReceived, so the face sheet can count them.</summary>
public sealed class MemberClaim
{
    public Guid ClaimId { get; init; }

    public required string Cin { get; init; }

    public DateOnly ServiceFrom { get; init; }
}

public sealed class MemberClaimConfiguration : IEntityTypeConfiguration<MemberClaim>
{
    public void Configure(EntityTypeBuilder<MemberClaim> claim)
    {
        claim.ToTable("member_claims");
        claim.HasKey(c => c.ClaimId);
        claim.Property(c => c.Cin).HasMaxLength(9);
        claim.HasIndex(c => new { c.Cin, c.ServiceFrom });
    }
}
