using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Members;

namespace Platform.Referral.Members;

/// <summary>
/// The referral service's copy of a member, kept from MemberEligibilityChanged (never read from eligibility's
/// database): REF-01's eligibility on the date of service, ACC-01/06's scope (the member's PCPs and networks), and
/// REF-04's assigned PCP. Replaced whole by each newer <see cref="Version"/>.
/// </summary>
public sealed class ReferralMember : MemberCopy<ReferralMemberCoverage>
{
    protected override ReferralMemberCoverage Copy(CoverageSnapshot span) => new(span.LineOfBusiness, span.Program, span.PcpNpi, span.StartDate, span.EndDate);

    /// <summary>The span covering the day, if any: its network and PCP are the member's on that date of service.</summary>
    public ReferralMemberCoverage? CoverageOn(DateOnly day) =>
        DateOfDeath is { } died && day > died ? null : Coverage.FirstOrDefault(c => c.StartDate <= day && (c.EndDate is null || day <= c.EndDate));

    /// <summary>ACC-01/06 as eligibility answers it: a member of one of the caller's PCPs, or of the partner's network.</summary>
    public bool IsVisibleTo(CallerScope scope) => scope.IsPlanWide || Coverage.Any(c => scope.CanSee(c.PcpNpi, c.Program));
}

/// <summary>One coverage span as eligibility announced it (ELG-03: program is COD, CCN or a health network's code).</summary>
public sealed record ReferralMemberCoverage(string LineOfBusiness, string Program, string? PcpNpi, DateOnly StartDate, DateOnly? EndDate)
{
    /// <summary>The health network responsible for the member (DSP-03's routing, ACC-06's partner scope); null for the plan's own.</summary>
    public string? HealthNetwork => Program is Programs.Direct or Programs.CommunityNetwork ? null : Program;
}

public sealed class ReferralMemberConfiguration : IEntityTypeConfiguration<ReferralMember>
{
    public void Configure(EntityTypeBuilder<ReferralMember> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Cin);
        member.Property(m => m.Cin).HasMaxLength(9);
        member.Property(m => m.FirstName).HasMaxLength(50);
        member.Property(m => m.LastName).HasMaxLength(50);
        member.OwnsMany(m => m.Coverage, coverage =>
        {
            coverage.ToJson();
            coverage.Property(c => c.LineOfBusiness).HasMaxLength(20);
            coverage.Property(c => c.Program).HasMaxLength(20);
            coverage.Property(c => c.PcpNpi).HasMaxLength(10);
        });
    }
}
