using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Pdc;

/// <summary>
/// RPT-03: one priority bucket of the PDC report and the thresholds that put a member's class in it, as data (the rule
/// says the exact thresholds are an assumption). A bucket applies when every condition it sets holds; the first by
/// <see cref="Rank"/> that applies wins, so the last, with no condition, takes the rest.
/// </summary>
public sealed class PdcPriority
{
    public int Rank { get; init; }

    /// <summary>The text the workbook's Priority column and Summary show.</summary>
    public required string Label { get; init; }

    /// <summary>Only for drugs taken this way.</summary>
    public DrugRoute? Route { get; init; }

    /// <summary>The refill is at least this many days past due on the report's day.</summary>
    public int? MinDaysPastDue { get; init; }

    /// <summary>The last fill's days' supply is below this.</summary>
    public int? DaysSupplyBelow { get; init; }

    /// <summary>The refill falls due within this many days after the report's day.</summary>
    public int? DueWithinDays { get; init; }

    /// <summary>Days covered to date ÷ days to date is below this fraction.</summary>
    public decimal? CoverageBelow { get; init; }

    /// <summary>The Report tab's highlight of the bucket (RGB hex, background then font).</summary>
    public required string Fill { get; init; }

    public required string Font { get; init; }

    public bool AppliesTo(PdcResult result) =>
        (Route is null || Route == result.LastFill.Route)
        && (MinDaysPastDue is null || result.DaysPastDue >= MinDaysPastDue)
        && (DaysSupplyBelow is null || result.LastFill.DaysSupply < DaysSupplyBelow)
        && (DueWithinDays is null || result.NextRefillDue is { } due && due > result.AsOf && due.DayNumber - result.AsOf.DayNumber <= DueWithinDays)
        && (CoverageBelow is null || result.CoverageToDate < CoverageBelow);

    /// <summary>The conditions in words, for the workbook's Data Dictionary.</summary>
    public string Definition()
    {
        List<string> conditions = [];
        if (Route is { } route)
        {
            conditions.Add($"{route.ToString().ToLowerInvariant()} drug");
        }

        if (MinDaysPastDue is { } pastDue)
        {
            conditions.Add($"next refill due date passed by {pastDue} day(s) or more (no supply left)");
        }

        if (DaysSupplyBelow is { } supply)
        {
            conditions.Add($"last fill's days' supply below {supply}");
        }

        if (DueWithinDays is { } within)
        {
            conditions.Add($"next refill due within {within} days");
        }

        if (CoverageBelow is { } coverage)
        {
            conditions.Add($"days covered to date below {coverage.ToString("P0", CultureInfo.InvariantCulture)} of days since the index date");
        }

        return conditions.Count == 0 ? "Every member and class no earlier priority takes." : string.Join("; ", conditions) + ".";
    }
}

public sealed class PdcPriorityConfiguration : IEntityTypeConfiguration<PdcPriority>
{
    /// <summary>
    /// The seeded buckets (assumption: RPT-03 leaves the thresholds to the plan). Release 14's two "days prescribed"
    /// buckets read as the pharmacy team's 3-month-supply outreach: injectables come in 28-day packs (84 days = three),
    /// orals may be dispensed for 100 days under Medi-Cal. The seed writes the oral one both "<100" and "< 100"; the
    /// label keeps the Summary's spelling, "<100".
    /// </summary>
    public static readonly IReadOnlyList<PdcPriority> Seed =
    [
        new() { Rank = 1, Label = "PRIORITY 1- PAST DUE", MinDaysPastDue = 1, Fill = "FFC7CE", Font = "9C0006" },
        new() { Rank = 2, Label = "PRIORITY 1 < 84-DAYS PRESCRIBED (84-DAYS COVERED FOR INJECTABLES)", Route = DrugRoute.Injectable, DaysSupplyBelow = 84, Fill = "FFC7CE", Font = "9C0006" },
        new() { Rank = 3, Label = "PRIORITY 1 <100-DAYS PRESCRIBED (100-DAYS COVERED FOR ORALS)", Route = DrugRoute.Oral, DaysSupplyBelow = 100, Fill = "FFC7CE", Font = "9C0006" },
        new() { Rank = 4, Label = "PRIORITY 2 - REFILL DUE WITHIN 7 DAYS", DueWithinDays = 7, Fill = "FFEB9C", Font = "9C5700" },
        new() { Rank = 5, Label = "PRIORITY 3 - BELOW 80% COVERED TO DATE", CoverageBelow = 0.80m, Fill = "FFF2CC", Font = "7F6000" },
        new() { Rank = 6, Label = "ADHERENT", Fill = "C6EFCE", Font = "006100" },
    ];

    public void Configure(EntityTypeBuilder<PdcPriority> priority)
    {
        priority.ToTable("pdc_priorities");
        priority.HasKey(p => p.Rank);
        priority.Property(p => p.Rank).ValueGeneratedNever();
        priority.Property(p => p.Label).HasMaxLength(100);
        priority.Property(p => p.Route).HasConversion<string>().HasMaxLength(10);
        priority.Property(p => p.CoverageBelow).HasPrecision(5, 4);
        priority.Property(p => p.Fill).HasMaxLength(6);
        priority.Property(p => p.Font).HasMaxLength(6);
        priority.HasData(Seed);
    }
}

public static class PdcPriorities
{
    /// <summary>The first bucket by rank that applies (the seeded last one always does).</summary>
    public static PdcPriority Of(IReadOnlyList<PdcPriority> byRank, PdcResult result) =>
        byRank.FirstOrDefault(p => p.AppliesTo(result)) ?? throw new InvalidOperationException("No PDC priority applies: the last bucket must set no condition.");
}
