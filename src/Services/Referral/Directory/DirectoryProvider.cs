using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Referral.Directory;

/// <summary>
/// The referral service's copy of the provider directory: who can be a referral's referred-to (servicing) provider,
/// whether they are tertiary (REF-06…09), and their group's TIN (REF-04's affiliated physicians). Eligibility's directory
/// is loaded only from the synthetic plan today, so this copy is loaded from the same plan (Seeding/DemoCopies.cs), as
/// claims keeps its members; once the directory is maintained by hand, eligibility announces its changes and a consumer
/// keeps this table.
/// </summary>
public sealed class DirectoryProvider
{
    public required string Npi { get; init; }

    public required string Tin { get; init; }

    public required string Name { get; init; }

    /// <summary>PCP, Specialist, Behavioral Health or Ancillary, as eligibility's directory names them.</summary>
    public required string Type { get; init; }

    public required string Specialty { get; init; }

    public bool Tertiary { get; init; }

    /// <summary>The programs the provider contracts through: CCN and health network codes.</summary>
    public List<string> Networks { get; init; } = [];
}

public sealed class DirectoryProviderConfiguration : IEntityTypeConfiguration<DirectoryProvider>
{
    public void Configure(EntityTypeBuilder<DirectoryProvider> provider)
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
