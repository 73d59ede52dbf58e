using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Offices;

/// <summary>A provider office or group registered with the portal: its TIN, its providers and its site administrator.</summary>
public sealed class Office
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string Tin { get; init; }

    /// <summary>ACC-03: every office designates a site administrator (an LOA of the office).</summary>
    public Guid? SiteAdministratorId { get; set; }

    public List<Provider> Providers { get; init; } = [];

    public List<Collection> Collections { get; init; } = [];

    public uint Version { get; private set; }
}

public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> office)
    {
        office.ToTable("offices");
        office.HasKey(o => o.Id);
        office.Property(o => o.Name).HasMaxLength(200);
        office.Property(o => o.Tin).HasMaxLength(9);
        office.HasIndex(o => o.Tin);
        office.HasMany(o => o.Providers).WithOne().HasForeignKey(p => p.OfficeId);
        office.HasMany(o => o.Collections).WithOne().HasForeignKey(c => c.OfficeId);
        office.Property(o => o.Version).IsRowVersion();
    }
}
