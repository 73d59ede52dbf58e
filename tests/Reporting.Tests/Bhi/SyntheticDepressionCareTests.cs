using Platform.Reporting.Bhi;
using Platform.Reporting.Seeding;
using Platform.Synthetic;
using Xunit;
using Amm = Platform.Reporting.Bhi.AntidepressantMedicationManagement;

namespace Platform.Reporting.Tests.Bhi;

public sealed class SyntheticDepressionCareTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 7);

    [Fact]
    public void RPT_01_the_demo_care_puts_members_in_the_measure_with_every_outcome_and_is_the_same_each_time()
    {
        var plan = new SyntheticPlan(3000, SyntheticPlan.DemoSeed, AsOf);
        var care = new SyntheticDepressionCare(plan, SyntheticPlan.DemoSeed, AsOf);

        var results = plan.Members()
            .Select(m => (Member: m, Care: care.Member(m)))
            .Where(x => x.Care.Diagnoses.Count > 0)
            .Select(x => Amm.Measure(new AmmCandidate(
                x.Member.DateOfBirth,
                [.. x.Care.Fills.Select(f => new TreatmentFill(f.FilledOn, f.DrugName, f.DaysSupply))],
                [.. x.Care.Diagnoses.Select(d => d.DiagnosedOn)],
                [.. x.Member.Spans.Select(s => new EnrolledSpan(s.StartDate, s.EndDate))],
                false), AsOf.Year, AsOf))
            .OfType<AmmResult>()
            .ToList();

        Assert.InRange(results.Count, 40, 400);
        Assert.Contains(results, r => r.Acute.Met && r.Continuation.Met);
        Assert.Contains(results, r => r.Acute.Met && !r.Continuation.Met);
        Assert.Contains(results, r => !r.Acute.Met);
        var treated = plan.Members().First(m => care.Member(m).Fills.Count > 0);
        Assert.Equal(care.Member(treated), new SyntheticDepressionCare(plan, SyntheticPlan.DemoSeed, AsOf).Member(treated), new CareComparer());
    }

    private sealed class CareComparer : IEqualityComparer<SyntheticDepressionCareMember>
    {
        public bool Equals(SyntheticDepressionCareMember? x, SyntheticDepressionCareMember? y) =>
            x!.Fills.Select(f => (f.Id, f.FilledOn, f.DrugName)).SequenceEqual(y!.Fills.Select(f => (f.Id, f.FilledOn, f.DrugName)))
            && x.Diagnoses.Select(d => (d.DiagnosedOn, d.Code)).SequenceEqual(y.Diagnoses.Select(d => (d.DiagnosedOn, d.Code)));

        public int GetHashCode(SyntheticDepressionCareMember obj) => obj.Fills.Count;
    }
}
