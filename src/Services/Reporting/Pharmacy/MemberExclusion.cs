using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Pharmacy;

/// <summary>RPT-03's clinical exclusions from every PDC measure.</summary>
public enum ExclusionKind
{
    Hospice,
    Esrd,
}

/// <summary>
/// A member in hospice or with end-stage renal disease over a span of days (RPT-03, PQA's exclusions): a member with any
/// such day in the measurement year is left out of every PDC measure. Loaded with the fills from the same feed.
/// </summary>
public sealed class MemberExclusion
{
    public required string Cin { get; init; }

    public ExclusionKind Kind { get; init; }

    public DateOnly From { get; init; }

    /// <summary>The last day, or null while it lasts.</summary>
    public DateOnly? To { get; init; }

    public bool Overlaps(DateOnly first, DateOnly last) => From <= last && (To is null || To >= first);
}

public sealed class MemberExclusionConfiguration : IEntityTypeConfiguration<MemberExclusion>
{
    public void Configure(EntityTypeBuilder<MemberExclusion> exclusion)
    {
        exclusion.ToTable("member_exclusions");
        exclusion.HasKey(e => new { e.Cin, e.Kind, e.From });
        exclusion.Property(e => e.Cin).HasMaxLength(9);
        exclusion.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
    }
}
