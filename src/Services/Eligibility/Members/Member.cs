using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.Members;

/// <summary>
/// A member's demographics. ELG-04 [LINK privacy]: no street address or phone is kept here, so none can leave.
/// ELG-08: the enrollment feed corrects them, so everything but the CIN can change.
/// </summary>
public sealed class Member
{
    public required string Cin { get; init; }

    public required string MedsId { get; set; }

    /// <summary>Medicare's identifier, only for members with Medicare (OneCare, OneCare Connect, PACE).</summary>
    public string? Mbi { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    /// <summary>From the state's file when the member has died; CLM-06 flags a claim for a later date of service.</summary>
    public DateOnly? DateOfDeath { get; set; }

    /// <summary>As the state's enrollment file codes it: F, M, U (unknown) or X (nonbinary).</summary>
    public required string Sex { get; set; }

    public required string PreferredLanguage { get; set; }

    public List<CoverageSpan> Spans { get; init; } = [];

    /// <summary>
    /// ELG-08: raised by every enrollment change, carried by MemberEligibilityChanged so consumers can drop stale
    /// messages, and checked on save so two writers cannot both change the member from the same state.
    /// </summary>
    public long Version { get; set; }
}

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Cin);
        member.Property(m => m.Cin).HasMaxLength(9);
        member.Property(m => m.MedsId).HasMaxLength(9);
        member.Property(m => m.Mbi).HasMaxLength(11);
        member.Property(m => m.FirstName).HasMaxLength(50);
        member.Property(m => m.LastName).HasMaxLength(50);
        member.Property(m => m.Sex).HasMaxLength(1);
        member.Property(m => m.PreferredLanguage).HasMaxLength(30);
        // ELG-01: every identifier and the name + date of birth search are lookups, not scans. The name is compared
        // case-insensitively, which a plain index on it cannot serve, so the date of birth leads: a few dozen
        // members share one among a million.
        member.HasIndex(m => m.MedsId).IsUnique();
        member.HasIndex(m => m.Mbi).IsUnique();
        member.HasIndex(m => new { m.DateOfBirth, m.LastName });
        member.Property(m => m.Version).IsConcurrencyToken();
        member.HasMany(m => m.Spans).WithOne().HasForeignKey(s => s.MemberCin);
    }
}
