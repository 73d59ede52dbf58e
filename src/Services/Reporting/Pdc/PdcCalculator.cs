using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Pdc;

/// <summary>
/// RPT-03: PQA's Proportion of Days Covered for one member and drug class (PQA measure specifications PDC-DR, PDC-RASA,
/// PDC-STA; the CMS Part D Star Ratings technical notes apply the same method):
/// <list type="bullet">
/// <item>the index date is the first fill of the class in the measurement year (a calendar year);</item>
/// <item>the measurement period runs from the index date to December 31 or the end of the member's enrollment, whichever
/// is first; fills after it are not read, and supply past its end covers no day;</item>
/// <item>a PDC exists only with at least two fills on different dates, and only when "the index date occurs at least
/// 91 days before the end of the measurement period": implemented as period end − index date ≥ 91 days, so a first fill
/// in the period's last 91 days (the rule's "last 90 days" plus the boundary day) has none;</item>
/// <item>fills of the same drug (generic ingredient) that overlap shift forward to start the day after the earlier
/// one's supply ends; two fills of the same drug on one day count once, the longer supply (PQA); fills of different
/// drugs of the class count each day once, without shifting.</item>
/// </list>
/// Reports are pulled mid-year, so the PDC here is to date: days covered from the index date through the earlier of
/// the report's day and the period's end, over the days of that span — PQA's own figure once the period is over.
/// </summary>
public static class PdcCalculator
{
    /// <summary>PQA: the index date at least 91 days before the period's end.</summary>
    public const int MinimumDaysFromIndexToPeriodEnd = 91;

    /// <param name="fills">The member's fills of <paramref name="drugClass"/> (others are ignored), in any order.</param>
    /// <param name="enrolledThrough">The member's last day of enrollment (disenrollment or death); null while enrolled.</param>
    /// <param name="asOf">The report's day; its year is the measurement year.</param>
    /// <returns>Null when the member has no fill of the class in the measurement year while enrolled.</returns>
    public static PdcResult? Calculate(string drugClass, IEnumerable<PharmacyFill> fills, DateOnly? enrolledThrough, DateOnly asOf)
    {
        var yearEnd = new DateOnly(asOf.Year, 12, 31);
        var periodEnd = enrolledThrough is { } last && last < yearEnd ? last : yearEnd;
        var measuredThrough = asOf < periodEnd ? asOf : periodEnd;
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        PharmacyFill[] counted = [.. fills
            .Where(f => f.DrugClass == drugClass && f.FilledOn >= yearStart && f.FilledOn <= measuredThrough)
            .OrderBy(f => f.FilledOn).ThenByDescending(f => f.DaysSupply)];
        if (counted.Length == 0)
        {
            return null;
        }

        var index = counted[0].FilledOn;
        var covered = new bool[periodEnd.DayNumber - index.DayNumber + 1];
        var lastCovered = index.AddDays(-1);
        foreach (var drug in counted.GroupBy(f => f.DrugName))
        {
            var nextFree = DateOnly.MinValue;
            var previousDay = DateOnly.MinValue;
            foreach (var fill in drug)
            {
                // Same drug, same day: the longest supply only (first after the ordering above).
                if (fill.FilledOn == previousDay)
                {
                    continue;
                }

                previousDay = fill.FilledOn;
                var start = fill.FilledOn > nextFree ? fill.FilledOn : nextFree;
                var end = start.AddDays(fill.DaysSupply - 1);
                nextFree = end.AddDays(1);
                lastCovered = end > lastCovered ? end : lastCovered;
                for (var day = start.DayNumber; day <= Math.Min(end.DayNumber, periodEnd.DayNumber); day++)
                {
                    covered[day - index.DayNumber] = true;
                }
            }
        }

        var daysCoveredToDate = covered.AsSpan(0, measuredThrough.DayNumber - index.DayNumber + 1).Count(true);
        var status = counted.Select(f => f.FilledOn).Distinct().Count() < 2 ? PdcStatus.SingleFill
            : periodEnd.DayNumber - index.DayNumber < MinimumDaysFromIndexToPeriodEnd ? PdcStatus.IndexTooLate
            : PdcStatus.Measured;
        return new PdcResult(drugClass, status, index, periodEnd, measuredThrough, daysCoveredToDate, counted.MaxBy(f => f.FilledOn)!, lastCovered, asOf);
    }
}
