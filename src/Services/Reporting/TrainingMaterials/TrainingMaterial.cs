using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.TrainingMaterials;

/// <summary>RPT-05: a material every attestation requires the attendee to have opened.</summary>
public sealed class TrainingMaterial
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public int DisplayOrder { get; init; }
}

public sealed class TrainingMaterialConfiguration : IEntityTypeConfiguration<TrainingMaterial>
{
    // RPT-05, titled and ordered as the attestation window of release 14 lists them.
    private static readonly (string Code, string Title)[] Seed =
    [
        ("NEW_PROVIDER", "Newly Contracted Provider Training"),
        ("CULTURAL_COMPETENCY", "Cultural Competency"),
        ("DISABILITY_AWARENESS", "Disability Awareness"),
        ("ONECARE_MOC", "OneCare Model of Care"),
        ("FWA", "Fraud, Waste, and Abuse Training"),
        ("DEI", "DEI Training"),
    ];

    public void Configure(EntityTypeBuilder<TrainingMaterial> material)
    {
        material.ToTable("training_materials");
        material.HasKey(m => m.Code);
        material.Property(m => m.Code).HasMaxLength(30);
        material.Property(m => m.Title).HasMaxLength(200);
        material.HasData(Seed.Select((m, i) => new TrainingMaterial { Code = m.Code, Title = m.Title, DisplayOrder = i + 1 }));
    }
}
