using Platform.Reporting.Pdc;
using Platform.Reporting.Pharmacy;
using Xunit;
using static Platform.Reporting.Tests.Pdc.Fills;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>RPT-03's exclusions around the calculator.</summary>
public sealed class PdcMeasuresTests
{
    private static readonly DateOnly AsOf = Day("2026-12-31");

    private static readonly PharmacyFill[] Metformin = [Of("metformin", "2026-01-01", 90), Of("metformin", "2026-04-01", 90)];
    private static readonly PharmacyFill[] Atorvastatin = [Of("atorvastatin", "2026-01-01", 90), Of("atorvastatin", "2026-04-01", 90)];

    private static string[] Measured(PharmacyFill[] fills, MemberExclusion[]? exclusions = null, string bornOn = "1960-05-05") =>
        [.. PdcMeasures.Measure(new PdcMember(Cin, Day(bornOn), null, fills, exclusions ?? []), AsOf).Select(r => r.DrugClass)];

    [Fact]
    public void RPT_03_each_measured_class_has_its_own_pdc() =>
        Assert.Equal([DrugClasses.Diabetes, DrugClasses.Statins], Measured([.. Metformin, .. Atorvastatin]));

    [Fact]
    public void RPT_03_insulin_users_are_excluded_from_the_diabetes_class_only() =>
        Assert.Equal([DrugClasses.Statins], Measured([.. Metformin, .. Atorvastatin, Of("insulin glargine", "2026-05-01", 30)]));

    [Fact]
    public void RPT_03_amylin_mimetics_are_never_counted() =>
        Assert.Equal([DrugClasses.Diabetes], Measured([.. Metformin, Of("pramlintide", "2026-02-01", 30), Of("pramlintide", "2026-03-01", 30)]));

    [Theory]
    [InlineData(ExclusionKind.Hospice, "2026-11-01")]
    [InlineData(ExclusionKind.Esrd, "2019-03-01")]
    public void RPT_03_hospice_and_esrd_members_are_excluded_from_every_class(ExclusionKind kind, string from) =>
        Assert.Empty(Measured([.. Metformin, .. Atorvastatin], [new MemberExclusion { Cin = Cin, Kind = kind, From = Day(from) }]));

    [Fact]
    public void RPT_03_an_exclusion_that_ended_before_the_measurement_year_excludes_nothing() =>
        Assert.Single(Measured(Atorvastatin, [new MemberExclusion { Cin = Cin, Kind = ExclusionKind.Hospice, From = Day("2025-01-01"), To = Day("2025-03-01") }]));

    [Fact]
    public void RPT_03_members_under_18_at_the_end_of_the_year_are_not_measured() =>
        Assert.Empty(Measured(Atorvastatin, bornOn: "2009-01-01"));
}
