using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Directory;

/// <summary>
/// The reporting service's copy of the provider directory: the PCPs and prescribers its reports group by (RPT-01…03,
/// name, TIN and NPI) and each provider's joining date, from which the initial training attestation falls due (RPT-04).
/// Loaded from the synthetic plan like referral's copy (Seeding/DemoCopies.cs); once the directory is maintained by hand,
/// eligibility announces its changes and a consumer keeps this table.
/// </summary>
public sealed class ReportingProvider
{
    public required string Npi { get; init; }

    public required string Tin { get; init; }

    public required string Name { get; init; }

    /// <summary>PCP, Specialist or Behavioral Health, as eligibility's directory names them.</summary>
    public required string Type { get; init; }

    public required string Specialty { get; init; }

    /// <summary>The programs the provider contracts through: CCN and health network codes.</summary>
    public List<string> Networks { get; init; } = [];

    /// <summary>The day the provider joined the plan's network (RPT-04: the initial attestation is due 30 days later).</summary>
    public DateOnly JoinedOn { get; init; }
}

public sealed class ReportingProviderConfiguration : IEntityTypeConfiguration<ReportingProvider>
{
    public void Configure(EntityTypeBuilder<ReportingProvider> provider)
    {
        provider.ToTable("providers");
        provider.HasKey(p => p.Npi);
        provider.Property(p => p.Npi).HasMaxLength(10);
        provider.Property(p => p.Tin).HasMaxLength(9);
        provider.Property(p => p.Name).HasMaxLength(100);
        provider.Property(p => p.Type).HasMaxLength(20);
        provider.Property(p => p.Specialty).HasMaxLength(60);
        provider.HasIndex(p => p.Tin);
    }
}
