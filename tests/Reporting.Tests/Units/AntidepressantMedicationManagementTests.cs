using Platform.Reporting.Bhi;
using Xunit;
using Amm = Platform.Reporting.Bhi.AntidepressantMedicationManagement;

namespace Platform.Reporting.Tests.Units;

/// <summary>RPT-01: the BHI measure (HEDIS AMM) on hand-worked members of measurement year 2026.</summary>
public sealed class AntidepressantMedicationManagementTests
{
    private const int Year = 2026;
    private static readonly DateOnly Ipsd = new(2025, 6, 1);
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    private static AmmCandidate Member(
        IEnumerable<TreatmentFill> fills, DateOnly? diagnosed = null, DateOnly? born = null, IReadOnlyList<EnrolledSpan>? enrollment = null, bool hospice = false) =>
        new(born ?? new DateOnly(1980, 1, 1), [.. fills], [diagnosed ?? Ipsd], enrollment ?? [new EnrolledSpan(new DateOnly(2020, 1, 1), null)], hospice);

    /// <summary>Back-to-back 30-day fills of sertraline from the IPSD on.</summary>
    private static IEnumerable<TreatmentFill> Monthly(int count, DateOnly? from = null) =>
        Enumerable.Range(0, count).Select(i => new TreatmentFill((from ?? Ipsd).AddDays(30 * i), "SERTRALINE", 30));

    [Fact]
    public void RPT_01_seven_months_of_treatment_meets_both_phases()
    {
        var result = Amm.Measure(Member(Monthly(7)), Year, YearEnd)!;

        Assert.Equal(Ipsd, result.IndexDate);
        // Acute window June 1 – September 22, 2025 (114 days), all covered; continuation window to January 17, 2026: 210 days.
        Assert.Equal((new DateOnly(2025, 9, 22), 114, true), (result.Acute.WindowEnd, result.Acute.TreatmentDays, result.Acute.Met));
        Assert.Equal((new DateOnly(2026, 1, 17), 210, true), (result.Continuation.WindowEnd, result.Continuation.TreatmentDays, result.Continuation.Met));
    }

    [Fact]
    public void RPT_01_three_months_meets_the_acute_phase_only()
    {
        var result = Amm.Measure(Member(Monthly(3)), Year, YearEnd)!;

        Assert.Equal((90, true), (result.Acute.TreatmentDays, result.Acute.Met));
        Assert.Equal((90, false, true), (result.Continuation.TreatmentDays, result.Continuation.Met, result.Continuation.Closed));
    }

    [Fact]
    public void RPT_01_overlapping_dispensings_count_each_day_once_and_same_day_supplies_of_one_drug_add_up()
    {
        // Day 0 and day 20, 30 days each: days 0–49 covered, 50 days, not 60.
        Assert.Equal(50, Amm.CoveredDays([new(Ipsd, "SERTRALINE", 30), new(Ipsd.AddDays(20), "SERTRALINE", 30)]).Count);
        // The same drug twice on one day: 60 days; two drugs on one day: the longer supply, 45.
        Assert.Equal(60, Amm.CoveredDays([new(Ipsd, "SERTRALINE", 30), new(Ipsd, "SERTRALINE", 30)]).Count);
        Assert.Equal(45, Amm.CoveredDays([new(Ipsd, "SERTRALINE", 30), new(Ipsd, "BUPROPION", 45)]).Count);
    }

    [Fact]
    public void RPT_01_a_dispensing_in_the_105_days_before_the_ipsd_leaves_the_member_out()
    {
        var earlier = new TreatmentFill(new DateOnly(2025, 4, 20), "SERTRALINE", 30);

        Assert.Null(Amm.Measure(Member(Monthly(7, new DateOnly(2025, 5, 10)).Prepend(earlier), diagnosed: new DateOnly(2025, 5, 10)), Year, YearEnd));
    }

    [Fact]
    public void RPT_01_the_depression_diagnosis_must_fall_within_60_days_of_the_ipsd()
    {
        Assert.NotNull(Amm.Measure(Member(Monthly(7), diagnosed: Ipsd.AddDays(60)), Year, YearEnd));
        Assert.Null(Amm.Measure(Member(Monthly(7), diagnosed: Ipsd.AddDays(61)), Year, YearEnd));
        Assert.Null(Amm.Measure(Member(Monthly(7), diagnosed: Ipsd.AddDays(-61)), Year, YearEnd));
    }

    [Fact]
    public void RPT_01_members_under_18_on_april_30_and_members_in_hospice_are_not_measured()
    {
        Assert.Null(Amm.Measure(Member(Monthly(7), born: new DateOnly(2008, 5, 1)), Year, YearEnd));
        Assert.NotNull(Amm.Measure(Member(Monthly(7), born: new DateOnly(2008, 4, 30)), Year, YearEnd));
        Assert.Null(Amm.Measure(Member(Monthly(7), hospice: true), Year, YearEnd));
    }

    [Fact]
    public void RPT_01_enrollment_allows_one_gap_of_at_most_45_days()
    {
        static EnrolledSpan[] Gap(int days, DateOnly at) => [new(new DateOnly(2020, 1, 1), at.AddDays(-1)), new(at.AddDays(days), null)];
        var midway = new DateOnly(2025, 8, 1);

        Assert.NotNull(Amm.Measure(Member(Monthly(7), enrollment: Gap(45, midway)), Year, YearEnd));
        Assert.Null(Amm.Measure(Member(Monthly(7), enrollment: Gap(46, midway)), Year, YearEnd));
        Assert.Null(Amm.Measure(Member(Monthly(7), enrollment: [.. Gap(10, midway)[..1], new(midway.AddDays(10), new DateOnly(2025, 10, 1)), new(new DateOnly(2025, 10, 11), null)]), Year, YearEnd));
        // Disenrolled before the continuation window ends: a gap of more than 45 days at its end.
        Assert.Null(Amm.Measure(Member(Monthly(7), enrollment: [new(new DateOnly(2020, 1, 1), new DateOnly(2025, 11, 30))]), Year, YearEnd));
    }

    [Fact]
    public void RPT_01_a_phase_whose_window_is_still_running_is_open_rather_than_failed()
    {
        var result = Amm.Measure(Member(Monthly(2)), Year, Ipsd.AddDays(70))!;

        Assert.True(result.Acute.Open);
        Assert.False(result.Acute.Closed);
    }
}
