using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Roster.Directory;

/// <summary>
/// The roster service's copy of the provider directory: whom a roster can belong to, and how RST-02/03's provider search
/// finds them (name, provider id, TIN). Loaded from the synthetic plan, as referral's copy is (Seeding/DemoCopies.cs),
/// until eligibility announces directory changes.
/// </summary>
public sealed class DirectoryProvider
{
    public required string Npi { get; init; }

    public required string Tin { get; init; }

    public required string Name { get; init; }

    /// <summary>PCP, Specialist or Behavioral Health, as eligibility's directory names them.</summary>
    public required string Type { get; init; }

    public required string Specialty { get; init; }
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
