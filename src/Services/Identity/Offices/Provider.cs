using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Offices;

/// <summary>A rendering or billing provider an office acts for: the NPI that bounds what its users may see (ACC-01).</summary>
public sealed class Provider
{
    public required string Npi { get; init; }

    /// <summary>The plan's own provider id, which the Collection Manager searches by (ACC-04).</summary>
    public required string ProviderId { get; init; }

    public required string Name { get; set; }

    /// <summary>A group's providers may bill under more than one TIN; the Collection Manager filters by it.</summary>
    public required string Tin { get; set; }

    public Guid OfficeId { get; init; }
}

public sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.ToTable("providers");
        provider.HasKey(p => p.Npi);
        provider.Property(p => p.Npi).HasMaxLength(10);
        provider.Property(p => p.ProviderId).HasMaxLength(20);
        provider.HasIndex(p => p.ProviderId).IsUnique();
        provider.Property(p => p.Name).HasMaxLength(200);
        provider.Property(p => p.Tin).HasMaxLength(9);
        provider.HasIndex(p => new { p.OfficeId, p.Tin });
    }
}
