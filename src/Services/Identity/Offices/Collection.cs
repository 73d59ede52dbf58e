using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Identity.Offices;

/// <summary>ACC-01: a named set of an office's providers; a user acts for the providers of their collections.</summary>
public sealed class Collection
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OfficeId { get; init; }

    public required string Name { get; set; }

    public List<Provider> Providers { get; init; } = [];
}

public sealed class CollectionConfiguration : IEntityTypeConfiguration<Collection>
{
    public void Configure(EntityTypeBuilder<Collection> collection)
    {
        collection.ToTable("collections");
        collection.HasKey(c => c.Id);
        collection.Property(c => c.Name).HasMaxLength(200);
        collection.HasIndex(c => new { c.OfficeId, c.Name }).IsUnique();
        collection.HasMany(c => c.Providers).WithMany().UsingEntity(
            "collection_providers",
            right => right.HasOne(typeof(Provider)).WithMany().HasForeignKey("npi"),
            left => left.HasOne(typeof(Collection)).WithMany().HasForeignKey("collection_id"));
    }
}
