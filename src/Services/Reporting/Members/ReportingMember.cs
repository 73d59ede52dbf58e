using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Members;

namespace Platform.Reporting.Members;

/// <summary>
/// The reporting service's copy of a member, kept from MemberEligibilityChanged (never read from eligibility's database):
/// the reports' scope (ACC-01/06: the member's PCPs and networks; RPT-02's CCN/COD members), the PCP a member is
/// attributed to, and the end of enrollment that ends a PDC measurement period (RPT-03). Replaced whole by each newer
/// <see cref="MemberCopy{TCoverage}.Version"/>.
/// </summary>
public sealed class ReportingMember : ScopedMemberCopy<ReportingMemberCoverage>
{
    protected override ReportingMemberCoverage Copy(CoverageSnapshot span) => new(span.LineOfBusiness, span.Program, span.PcpNpi, span.StartDate, span.EndDate);
}

/// <summary>One coverage span as eligibility announced it (ELG-03: program is COD, CCN or a health network's code).</summary>
public sealed record ReportingMemberCoverage(string LineOfBusiness, string Program, string? PcpNpi, DateOnly StartDate, DateOnly? EndDate) : ICoverageSpan;

public sealed class ReportingMemberConfiguration : IEntityTypeConfiguration<ReportingMember>
{
    public void Configure(EntityTypeBuilder<ReportingMember> member)
    {
        member.MapScopedMemberCopy<ReportingMember, ReportingMemberCoverage>(coverage => coverage.Property(c => c.LineOfBusiness).HasMaxLength(20));
    }
}
