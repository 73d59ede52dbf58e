using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.Providers;

[JsonConverter(typeof(JsonStringEnumConverter<ProviderType>))]
public enum ProviderType
{
    /// <summary>ELG-07: only a PCP can complete an Initial Health Appointment.</summary>
    [JsonStringEnumMemberName("PCP")] Pcp,
    [JsonStringEnumMemberName("Specialist")] Specialist,
    [JsonStringEnumMemberName("Behavioral Health")] BehavioralHealth,
    [JsonStringEnumMemberName("Ancillary")] Ancillary,
}

/// <summary>The provider directory: who can be a PCP, a referral's target or a roster's provider.</summary>
public sealed class Provider
{
    /// <summary>The NPI is the provider id (valid check digit, see Contracts' Npi).</summary>
    public required string Npi { get; init; }

    public required string Tin { get; init; }

    public required string Name { get; init; }

    public ProviderType Type { get; init; }

    public required string Specialty { get; init; }

    /// <summary>REF-07: tertiary defaults to No.</summary>
    public bool Tertiary { get; init; }

    /// <summary>The programs the provider contracts through: CCN and health network codes.</summary>
    public List<string> Networks { get; init; } = [];

    public DateOnly JoinedOn { get; init; }
}

public sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.ToTable("providers");
        provider.HasKey(p => p.Npi);
        provider.Property(p => p.Npi).HasMaxLength(10);
        provider.Property(p => p.Tin).HasMaxLength(9);
        provider.Property(p => p.Name).HasMaxLength(100);
        provider.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        provider.Property(p => p.Specialty).HasMaxLength(60);
        provider.HasIndex(p => p.Tin);
    }
}
