using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Members;

namespace Platform.Claims.Members;

/// <summary>
/// The claims service's copy of a member, kept from MemberEligibilityChanged (never read from eligibility's
/// database): intake refuses a CIN it does not know, lookups show the member's name, and CLM-06 checks the dates of
/// service against coverage and the date of death. Replaced whole by each newer <see cref="Version"/>.
/// </summary>
public sealed class ClaimsMember : MemberCopy<MemberCoverage>
{
    protected override MemberCoverage Copy(CoverageSnapshot span) => new(span.LineOfBusiness, span.Program, span.StartDate, span.EndDate);

    public bool IsCoveredOn(DateOnly day) => Coverage.Any(c => c.StartDate <= day && (c.EndDate is null || day <= c.EndDate));
}

/// <summary>One coverage span as eligibility announced it.</summary>
public sealed record MemberCoverage(string LineOfBusiness, string Program, DateOnly StartDate, DateOnly? EndDate);

public sealed class ClaimsMemberConfiguration : IEntityTypeConfiguration<ClaimsMember>
{
    public void Configure(EntityTypeBuilder<ClaimsMember> member)
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
        });
    }
}
