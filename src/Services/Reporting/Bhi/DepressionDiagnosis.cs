using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Bhi;

/// <summary>
/// A major depression diagnosis (ICD-10 F32.x/F33.x, HEDIS AMM's value set) on a day: the BHI measure's denominator
/// needs one within 60 days of the index prescription (RPT-01). The reporting service's own data until encounters reach
/// it; loaded with the pharmacy feed (today: Seeding/SyntheticDepressionCare.cs).
/// </summary>
public sealed class DepressionDiagnosis
{
    public required string Cin { get; init; }

    public DateOnly DiagnosedOn { get; init; }

    public required string Code { get; init; }
}

public sealed class DepressionDiagnosisConfiguration : IEntityTypeConfiguration<DepressionDiagnosis>
{
    public void Configure(EntityTypeBuilder<DepressionDiagnosis> diagnosis)
    {
        diagnosis.ToTable("depression_diagnoses");
        diagnosis.HasKey(d => new { d.Cin, d.DiagnosedOn, d.Code });
        diagnosis.Property(d => d.Cin).HasMaxLength(9);
        diagnosis.Property(d => d.Code).HasMaxLength(8);
    }
}
