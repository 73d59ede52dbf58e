using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.ServiceDefaults.Directory;

/// <summary>
/// A service's copy of a provider of eligibility's directory: who they are and their group's TIN. Loaded from the
/// synthetic plan by each service's migrate step today; once the directory is maintained by hand, eligibility announces
/// its changes and a consumer keeps the copies.
/// </summary>
public abstract class ProviderCopy
{
    public required string Npi { get; init; }

    public required string Tin { get; init; }

    public required string Name { get; init; }

    /// <summary>PCP, Specialist or Behavioral Health, as eligibility's directory names them.</summary>
    public required string Type { get; init; }

    public required string Specialty { get; init; }
}

/// <summary>The providers table of a service's directory copy, searched by TIN.</summary>
public abstract class ProviderCopyConfiguration<T> : IEntityTypeConfiguration<T>
    where T : ProviderCopy
{
    public virtual void Configure(EntityTypeBuilder<T> provider)
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
