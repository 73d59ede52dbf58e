using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Members;

namespace Platform.Referral.Members;

/// <summary>
/// The referral service's copy of a member, kept from MemberEligibilityChanged (never read from eligibility's
/// database): REF-01's eligibility on the date of service, ACC-01/06's scope (the member's PCPs and networks), and
/// REF-04's assigned PCP. Replaced whole by each newer <see cref="Version"/>.
/// </summary>
public sealed class ReferralMember : ScopedMemberCopy<ReferralMemberCoverage>
{
    protected override ReferralMemberCoverage Copy(CoverageSnapshot span) => new(span.LineOfBusiness, span.Program, span.PcpNpi, span.StartDate, span.EndDate);
}

/// <summary>One coverage span as eligibility announced it (ELG-03: program is COD, CCN or a health network's code).</summary>
public sealed record ReferralMemberCoverage(string LineOfBusiness, string Program, string? PcpNpi, DateOnly StartDate, DateOnly? EndDate) : ICoverageSpan
{
    /// <summary>The health network responsible for the member (DSP-03's routing, ACC-06's partner scope); null for the plan's own.</summary>
    public string? HealthNetwork => Program is Programs.Direct or Programs.CommunityNetwork ? null : Program;
}

public sealed class ReferralMemberConfiguration : IEntityTypeConfiguration<ReferralMember>
{
    public void Configure(EntityTypeBuilder<ReferralMember> member)
    {
        member.MapScopedMemberCopy<ReferralMember, ReferralMemberCoverage>(coverage => coverage.Property(c => c.LineOfBusiness).HasMaxLength(20));
    }
}
