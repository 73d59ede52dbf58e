using Platform.Reporting.Pdc;
using Platform.Reporting.Pharmacy;
using Xunit;
using static Platform.Reporting.Tests.Pdc.Fills;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>RPT-03's priority buckets, from the seeded thresholds.</summary>
public sealed class PdcPriorityTests
{
    private static string Priority(string asOf, params PharmacyFill[] fills) =>
        PdcPriorities.Of(PdcPriorityConfiguration.Seed, PdcCalculator.Calculate(fills[0].DrugClass, fills, null, Day(asOf))!).Label;

    [Fact]
    public void RPT_03_a_member_out_of_medication_is_priority_1_past_due() =>
        Assert.Equal("PRIORITY 1- PAST DUE", Priority("2026-03-20", Of("enalapril", "2026-01-05", 30), Of("enalapril", "2026-02-10", 30)));

    [Fact]
    public void RPT_03_an_injectable_on_less_than_84_days_is_priority_1() =>
        Assert.Equal("PRIORITY 1 < 84-DAYS PRESCRIBED (84-DAYS COVERED FOR INJECTABLES)",
            Priority("2026-03-01", Of("semaglutide", "2026-01-05", 28), Of("semaglutide", "2026-02-02", 28)));

    [Fact]
    public void RPT_03_an_oral_on_less_than_100_days_is_priority_1() =>
        Assert.Equal("PRIORITY 1 <100-DAYS PRESCRIBED (100-DAYS COVERED FOR ORALS)",
            Priority("2026-03-01", Of("lisinopril", "2026-01-05", 30), Of("lisinopril", "2026-02-03", 30)));

    [Fact]
    public void RPT_03_a_refill_due_within_a_week_is_priority_2() =>
        Assert.Equal("PRIORITY 2 - REFILL DUE WITHIN 7 DAYS",
            Priority("2026-07-15", Of("losartan", "2026-01-01", 100), Of("losartan", "2026-04-01", 100)));

    [Fact]
    public void RPT_03_a_covered_member_with_supply_in_hand_is_adherent() =>
        Assert.Equal("ADHERENT", Priority("2026-06-01", Of("losartan", "2026-01-01", 100), Of("losartan", "2026-04-01", 100)));

    [Fact]
    public void RPT_03_every_threshold_is_worded_for_the_data_dictionary() =>
        Assert.All(PdcPriorityConfiguration.Seed.SkipLast(1), p => Assert.DoesNotContain("Every member", p.Definition()));
}
