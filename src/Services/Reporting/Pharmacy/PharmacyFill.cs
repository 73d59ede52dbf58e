using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Pharmacy;

/// <summary>
/// One dispensed prescription (a pharmacy claim) as the PDC report reads it (RPT-03): the reporting service's own data,
/// loaded from the pharmacy benefit manager's feed (today: the synthetic generator, Seeding/SyntheticPharmacy.cs).
/// The drug's name is its generic active ingredient: PQA shifts overlapping fills of the same ingredient only.
/// </summary>
public sealed class PharmacyFill
{
    public Guid Id { get; init; }

    public required string Cin { get; init; }

    public DateOnly FilledOn { get; init; }

    /// <summary>The 11-digit NDC (5-4-2) without hyphens; <see cref="NdcFormat.Display"/> adds them.</summary>
    public required string Ndc { get; init; }

    /// <summary>The generic active ingredient ("metformin"): fills of the same one are the same drug for PQA.</summary>
    public required string DrugName { get; init; }

    /// <summary>One of <see cref="DrugClasses"/>.</summary>
    public required string DrugClass { get; init; }

    public DrugRoute Route { get; init; }

    public int DaysSupply { get; init; }

    public decimal Quantity { get; init; }

    public required string PrescriberNpi { get; init; }

    public required string PharmacyNpi { get; init; }

    public required string PharmacyName { get; init; }

    /// <summary>The last day this fill's supply lasts when taken from the day it was filled.</summary>
    public DateOnly LastDayOfSupply => FilledOn.AddDays(DaysSupply - 1);
}

public static class NdcFormat
{
    /// <summary>An 11-digit NDC as 5-4-2 (12345-6789-01).</summary>
    public static string Display(string ndc) => ndc.Length == 11 ? $"{ndc[..5]}-{ndc[5..9]}-{ndc[9..]}" : ndc;
}

public sealed class PharmacyFillConfiguration : IEntityTypeConfiguration<PharmacyFill>
{
    public void Configure(EntityTypeBuilder<PharmacyFill> fill)
    {
        fill.ToTable("pharmacy_fills");
        fill.HasKey(f => f.Id);
        fill.Property(f => f.Cin).HasMaxLength(9);
        fill.Property(f => f.Ndc).HasMaxLength(11).IsFixedLength();
        fill.Property(f => f.DrugName).HasMaxLength(60);
        fill.Property(f => f.DrugClass).HasMaxLength(10);
        fill.Property(f => f.Route).HasConversion<string>().HasMaxLength(10);
        fill.Property(f => f.Quantity).HasPrecision(9, 2);
        fill.Property(f => f.PrescriberNpi).HasMaxLength(10);
        fill.Property(f => f.PharmacyNpi).HasMaxLength(10);
        fill.Property(f => f.PharmacyName).HasMaxLength(100);
        // The workbook reads fills member by member, in CIN order; the prescriber view finds members by prescriber.
        fill.HasIndex(f => new { f.Cin, f.FilledOn });
        fill.HasIndex(f => f.PrescriberNpi);
    }
}
