using Platform.Reporting.Pharmacy;
using Platform.Reporting.Seeding;
using Platform.Synthetic;
using Xunit;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>The synthetic fills the demo and the benchmark load (RPT-03).</summary>
public sealed class SyntheticPharmacyTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 7);
    private static readonly SyntheticPlan Plan = new(2_000, SyntheticPlan.DemoSeed, AsOf);

    [Fact]
    public void RPT_03_a_members_fills_are_a_pure_function_of_the_seed_and_index()
    {
        var member = Plan.Member(17);
        var (first, second) = (new SyntheticPharmacy(Plan, 5, AsOf).Member(member), new SyntheticPharmacy(Plan, 5, AsOf).Member(member));

        Assert.Equal(first.Fills.Select(f => (f.Id, f.FilledOn, f.Ndc)), second.Fills.Select(f => (f.Id, f.FilledOn, f.Ndc)));
    }

    [Fact]
    public void RPT_03_about_a_third_of_the_adults_fill_measured_drugs_with_valid_ndcs_and_some_insulin_pramlintide_and_exclusions()
    {
        var adults = Plan.Members().Count(m => m.DateOfBirth.AddYears(18) <= AsOf);
        var members = new SyntheticPharmacy(Plan, SyntheticPlan.DemoSeed, AsOf).Members().ToList();
        var fills = members.SelectMany(m => m.Fills).ToList();

        Assert.InRange(members.Count(m => m.Fills.Count > 0) / (double)adults, 0.30, 0.40);
        Assert.All(fills, f => Assert.Matches("^[0-9]{11}$", f.Ndc));
        Assert.All(fills, f => Assert.InRange(f.FilledOn, new DateOnly(2026, 1, 1), AsOf));
        Assert.Contains(fills, f => f.DrugClass == DrugClasses.Insulins);
        Assert.Contains(fills, f => f.DrugClass == DrugClasses.AmylinMimetics);
        Assert.Contains(members, m => m.Exclusions.Any(e => e.Kind == ExclusionKind.Hospice));
        Assert.Contains(members, m => m.Exclusions.Any(e => e.Kind == ExclusionKind.Esrd));
        Assert.Equal(fills.Count, fills.Select(f => f.Id).Distinct().Count());
    }
}
