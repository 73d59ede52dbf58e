using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.Members;

/// <summary>A new-patient verification that did not match: counted against the user and the member it named.</summary>
public sealed class VerificationFailure
{
    public long Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The member's CIN when the id names one, else the id as entered: no other id of a member buys more tries.</summary>
    public required string MemberKey { get; init; }

    public required DateTimeOffset FailedAt { get; init; }
}

public sealed class VerificationFailureConfiguration : IEntityTypeConfiguration<VerificationFailure>
{
    public void Configure(EntityTypeBuilder<VerificationFailure> failure)
    {
        failure.ToTable("verification_failures");
        failure.Property(f => f.UserId).HasMaxLength(100);
        failure.Property(f => f.MemberKey).HasMaxLength(20);
        failure.HasIndex(f => new { f.UserId, f.FailedAt });
        failure.HasIndex(f => new { f.MemberKey, f.FailedAt });
    }
}
