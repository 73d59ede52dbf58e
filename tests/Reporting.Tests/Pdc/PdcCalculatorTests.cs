using Platform.Reporting.Pdc;
using Platform.Reporting.Pharmacy;
using Xunit;
using static Platform.Reporting.Tests.Pdc.Fills;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>Hand-worked PQA PDC cases (RPT-03); the measurement year is 2026.</summary>
public sealed class PdcCalculatorTests
{
    private static readonly DateOnly YearEnd = Day("2026-12-31");

    private static PdcResult Calculate(DateOnly asOf, params PharmacyFill[] fills) =>
        Calculate(asOf, null, fills);

    private static PdcResult Calculate(DateOnly asOf, DateOnly? enrolledThrough, params PharmacyFill[] fills) =>
        PdcCalculator.Calculate(fills[0].DrugClass, fills, enrolledThrough, asOf) ?? throw new InvalidOperationException("No fill counted.");

    [Fact]
    public void RPT_03_overlapping_fills_of_the_same_drug_shift_forward()
    {
        // PQA's worked example: the 3/25 fill starts 4/1, after the first supply; the 10/15 fill's days past 12/31 count for nothing.
        // Covered: 1/1–3/31 (90) + 4/1–6/29 (90) + 7/5–10/2 (90) + 10/15–12/31 (78) = 348 of 365.
        var result = Calculate(YearEnd,
            Of("metformin", "2026-01-01", 90), Of("metformin", "2026-03-25", 90), Of("metformin", "2026-07-05", 90), Of("metformin", "2026-10-15", 90));

        Assert.Equal((PdcStatus.Measured, 365, 348, 0.9534m, true), (result.Status, result.DaysInPeriod, result.DaysCoveredToDate, result.Pdc, result.Adherent));
    }

    [Fact]
    public void RPT_03_fills_of_different_drugs_in_the_class_count_each_day_once_without_shifting()
    {
        // Metformin 1/1–3/31 and glipizide 3/1–5/29 overlap in March: covered 1/1–5/29 = 149 days, not 180.
        var result = Calculate(YearEnd, Of("metformin", "2026-01-01", 90), Of("glipizide", "2026-03-01", 90));

        Assert.Equal((149, 0.4082m, false), (result.DaysCoveredToDate, result.Pdc, result.Adherent));
    }

    [Fact]
    public void RPT_03_two_fills_of_the_same_drug_on_one_day_count_once_with_the_longer_supply()
    {
        var result = Calculate(YearEnd, Of("atorvastatin", "2026-01-01", 30), Of("atorvastatin", "2026-01-01", 90), Of("atorvastatin", "2026-04-01", 90));

        // 1/1–3/31 (90) + 4/1–6/29 (90): the 30-day fill of 1/1 adds nothing.
        Assert.Equal(180, result.DaysCoveredToDate);
    }

    [Fact]
    public void RPT_03_a_member_with_fills_on_one_date_only_has_no_pdc()
    {
        var result = Calculate(YearEnd, Of("lisinopril", "2026-02-01", 90), Of("losartan", "2026-02-01", 90));

        Assert.Equal((PdcStatus.SingleFill, (decimal?)null, (bool?)null), (result.Status, result.Pdc, result.Adherent));
    }

    [Theory]
    [InlineData("2026-10-01", PdcStatus.Measured)]
    [InlineData("2026-10-02", PdcStatus.IndexTooLate)]
    public void RPT_03_the_index_date_must_be_at_least_91_days_before_the_period_end(string index, PdcStatus status)
    {
        // 10/1 → 12/31 is 91 days; 10/2 → 12/31 is 90, in the period's last 90 days.
        var result = Calculate(YearEnd, Of("rosuvastatin", index, 30), Of("rosuvastatin", "2026-11-05", 30));

        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void RPT_03_disenrollment_ends_the_measurement_period_and_later_fills_are_not_read()
    {
        // Period 1/1–6/30 (181 days): 1/1–1/30 (30) + 2/1–3/2 (30) + 4/1–6/29 (90) = 150 covered; the 7/5 fill is after it.
        var result = Calculate(YearEnd, Day("2026-06-30"),
            Of("losartan", "2026-01-01", 30), Of("losartan", "2026-02-01", 30), Of("losartan", "2026-04-01", 90), Of("losartan", "2026-07-05", 90));

        Assert.Equal((Day("2026-06-30"), 181, 150, 0.8287m), (result.PeriodEnd, result.DaysInPeriod, result.DaysCoveredToDate, result.Pdc));
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(19, false)]
    public void RPT_03_a_member_is_adherent_at_a_pdc_of_80_percent_or_more(int lastSupply, bool adherent)
    {
        // Period 1/1–4/10 (100 days): 30 + 30 + lastSupply days covered.
        var result = Calculate(YearEnd, Day("2026-04-10"),
            Of("simvastatin", "2026-01-01", 30), Of("simvastatin", "2026-02-10", 30), Of("simvastatin", "2026-03-21", lastSupply));

        Assert.Equal((100, 60 + lastSupply, adherent), (result.DaysInPeriod, result.DaysCoveredToDate, result.Adherent));
    }

    [Fact]
    public void RPT_03_a_report_pulled_mid_year_gives_the_pdc_to_date_and_the_next_refill_due()
    {
        // To 6/15: 1/5–6/15 is 162 days; covered 1/5–2/3 (30) + 2/10–3/11 (30) + 3/20–6/15 (88) = 148; supply lasts to 6/17.
        var result = Calculate(Day("2026-06-15"),
            Of("valsartan", "2026-01-05", 30), Of("valsartan", "2026-02-10", 30), Of("valsartan", "2026-03-20", 90));

        Assert.Equal((361, 162, 148, 0.9136m), (result.DaysInPeriod, result.DaysToDate, result.DaysCoveredToDate, result.Pdc));
        Assert.Equal((Day("2026-06-18"), 2, 0), (result.NextRefillDue, result.DaysSupplyRemaining, result.DaysPastDue));
    }

    [Fact]
    public void RPT_03_a_refill_not_made_by_its_due_date_is_past_due()
    {
        // Supply 1/5–2/3 and 2/10–3/11: due 3/12, so on 3/20 it is nine days past due.
        var result = Calculate(Day("2026-03-20"), Of("enalapril", "2026-01-05", 30), Of("enalapril", "2026-02-10", 30));

        Assert.Equal((Day("2026-03-12"), 9, 0), (result.NextRefillDue, result.DaysPastDue, result.DaysSupplyRemaining));
    }
}
