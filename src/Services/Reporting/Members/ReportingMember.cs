using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Members;

namespace Platform.Reporting.Members;

/// <summary>
/// The reporting service's copy of a member, kept from MemberEligibilityChanged (never read from eligibility's database):
/// the reports' scope (ACC-01/06: the member's PCPs and networks; RPT-02's CCN/COD members), the PCP a member is
/// attributed to, and the end of enrollment that ends a PDC measurement period (RPT-03). Replaced whole by each newer
/// <see cref="MemberCopy{TCoverage}.Version"/>.
/// </summary>
public sealed class ReportingMember : MemberCopy<ReportingMemberCoverage>
{
    protected override ReportingMemberCoverage Copy(CoverageSnapshot span) => new(span.LineOfBusiness, span.Program, span.PcpNpi, span.StartDate, span.EndDate);

    /// <summary>The span covering the day, if any.</summary>
    public ReportingMemberCoverage? CoverageOn(DateOnly day) =>
        DateOfDeath is { } died && day > died ? null : Coverage.FirstOrDefault(c => c.StartDate <= day && (c.EndDate is null || day <= c.EndDate));

    /// <summary>ACC-01/06 as eligibility answers it: a member of one of the caller's PCPs, or of the partner's network.</summary>
    public bool IsVisibleTo(CallerScope scope) => scope.IsPlanWide || Coverage.Any(c => scope.CanSee(c.PcpNpi, c.Program));
}

/// <summary>One coverage span as eligibility announced it (ELG-03: program is COD, CCN or a health network's code).</summary>
public sealed record ReportingMemberCoverage(string LineOfBusiness, string Program, string? PcpNpi, DateOnly StartDate, DateOnly? EndDate);

public sealed class ReportingMemberConfiguration : IEntityTypeConfiguration<ReportingMember>
{
    public void Configure(EntityTypeBuilder<ReportingMember> member)
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
