namespace Platform.Reporting.Bhi;

/// <summary>One antidepressant dispensing: the day it was filled, the drug (active ingredient) and its days' supply.</summary>
public sealed record TreatmentFill(DateOnly FilledOn, string Drug, int DaysSupply);

/// <summary>A member's enrollment span, for the measure's continuous-enrollment check.</summary>
public sealed record EnrolledSpan(DateOnly From, DateOnly? To);

/// <summary>What the measure needs of one member for a measurement year.</summary>
public sealed record AmmCandidate(
    DateOnly DateOfBirth,
    IReadOnlyList<TreatmentFill> Fills,
    IReadOnlyList<DateOnly> MajorDepressionDiagnoses,
    IReadOnlyList<EnrolledSpan> Enrollment,
    bool InHospice);

/// <summary>One phase's result: treatment days in its window, whether the threshold is met, and whether the window has closed.</summary>
public sealed record AmmPhase(DateOnly WindowEnd, int TreatmentDays, bool Met, bool Closed)
{
    /// <summary>Neither met nor decided yet: the member can still reach the threshold (the actionable ones).</summary>
    public bool Open => !Met && !Closed;
}

/// <summary>A member in the measure's denominator: the index prescription start date and both phases.</summary>
public sealed record AmmResult(DateOnly IndexDate, AmmPhase Acute, AmmPhase Continuation);

/// <summary>
/// RPT-01: the BHI Quality Measure report follows NCQA HEDIS Antidepressant Medication Management (AMM), the
/// pharmacy-based measure of depression treated in primary care — integration of behavioral health into primary care
/// is what BHI rewards, and a pharmacy measure is what makes "search by prescriber NPI" meaningful.
/// Implemented as HEDIS specifies it:
/// intake period May 1 of the prior year to April 30 of the measurement year; the index prescription start date (IPSD)
/// is the earliest antidepressant dispensing in it; 105 days before the IPSD free of antidepressants (negative medication
/// history); a major depression diagnosis from 60 days before to 60 days after the IPSD; 18 or older on April 30 of the
/// measurement year; enrolled from 105 days before to 231 days after the IPSD with at most one gap of at most 45 days;
/// members in hospice excluded. Effective acute phase: at least 84 days of treatment in the 114 days from the IPSD;
/// effective continuation phase: at least 180 days in the 231 days from the IPSD. Days covered by overlapping
/// dispensings count once; dispensings of the same drug on the same day add their supplies, of different drugs on the same
/// day the longest supply counts.
/// Assumptions (not HEDIS): diagnoses come from the reporting service's own data (no encounter feed yet), and a
/// report pulled before a window closes marks the phase open instead of failed.
/// </summary>
public static class AntidepressantMedicationManagement
{
    public const int NegativeHistoryDays = 105;
    public const int DiagnosisWindowDays = 60;
    public const int AcuteWindowDays = 114;
    public const int AcuteTreatmentDays = 84;
    public const int ContinuationWindowDays = 231;
    public const int ContinuationTreatmentDays = 180;
    public const int AllowedEnrollmentGapDays = 45;
    public const int MinimumAge = 18;

    public static (DateOnly From, DateOnly To) IntakePeriod(int year) => (new DateOnly(year - 1, 5, 1), new DateOnly(year, 4, 30));

    /// <summary>The member's result, or null when they are not in the denominator for <paramref name="year"/>.</summary>
    public static AmmResult? Measure(AmmCandidate member, int year, DateOnly asOf)
    {
        var (intakeFrom, intakeTo) = IntakePeriod(year);
        if (member.InHospice || AgeOn(member.DateOfBirth, intakeTo) < MinimumAge)
        {
            return null;
        }

        var fills = member.Fills.Where(f => f.DaysSupply > 0).OrderBy(f => f.FilledOn).ToList();
        if (fills.FirstOrDefault(f => f.FilledOn >= intakeFrom && f.FilledOn <= intakeTo) is not { } index)
        {
            return null;
        }

        var ipsd = index.FilledOn;
        if (fills.Any(f => f.FilledOn < ipsd && f.FilledOn >= ipsd.AddDays(-NegativeHistoryDays))
            || !member.MajorDepressionDiagnoses.Any(d => d >= ipsd.AddDays(-DiagnosisWindowDays) && d <= ipsd.AddDays(DiagnosisWindowDays))
            || !ContinuouslyEnrolled(member.Enrollment, ipsd.AddDays(-NegativeHistoryDays), ipsd.AddDays(ContinuationWindowDays)))
        {
            return null;
        }

        var covered = CoveredDays(fills.Where(f => f.FilledOn >= ipsd));
        return new AmmResult(
            ipsd,
            Phase(covered, ipsd, AcuteWindowDays, AcuteTreatmentDays, asOf),
            Phase(covered, ipsd, ContinuationWindowDays, ContinuationTreatmentDays, asOf));
    }

    private static AmmPhase Phase(HashSet<DateOnly> covered, DateOnly ipsd, int windowDays, int threshold, DateOnly asOf)
    {
        var end = ipsd.AddDays(windowDays - 1);
        var days = covered.Count(d => d <= end);
        return new AmmPhase(end, days, days >= threshold, end < asOf);
    }

    /// <summary>Each day covered by some dispensing, once: same drug on one day adds up, different drugs on one day take the longest.</summary>
    public static HashSet<DateOnly> CoveredDays(IEnumerable<TreatmentFill> fills)
    {
        var covered = new HashSet<DateOnly>();
        foreach (var day in fills.GroupBy(f => f.FilledOn))
        {
            var supply = day.GroupBy(f => f.Drug).Max(drug => drug.Sum(f => f.DaysSupply));
            for (var d = 0; d < supply; d++)
            {
                covered.Add(day.Key.AddDays(d));
            }
        }

        return covered;
    }

    /// <summary>Enrolled over [from, to] but for at most one gap of at most 45 days (HEDIS's allowable gap).</summary>
    public static bool ContinuouslyEnrolled(IReadOnlyList<EnrolledSpan> spans, DateOnly from, DateOnly to)
    {
        var gaps = new List<int>();
        var next = from;
        foreach (var span in spans.OrderBy(s => s.From))
        {
            if (span.To is { } end && end < next)
            {
                continue;
            }

            if (span.From > to)
            {
                break;
            }

            if (span.From > next)
            {
                gaps.Add(span.From.DayNumber - next.DayNumber);
            }

            if (span.To is not { } last || last >= to)
            {
                next = to.AddDays(1);
                break;
            }

            next = last.AddDays(1);
        }

        if (next <= to)
        {
            gaps.Add(to.DayNumber - next.DayNumber + 1);
        }

        return gaps.Count <= 1 && gaps.All(g => g <= AllowedEnrollmentGapDays);
    }

    private static int AgeOn(DateOnly born, DateOnly day) =>
        day.Year - born.Year - (day < born.AddYears(day.Year - born.Year) ? 1 : 0);
}
