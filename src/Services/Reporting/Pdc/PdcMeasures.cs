using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Pdc;

/// <summary>What the PDC measures read of one member: age, enrollment, fills and clinical exclusions.</summary>
public sealed record PdcMember(string Cin, DateOnly DateOfBirth, DateOnly? EnrolledThrough, IReadOnlyList<PharmacyFill> Fills, IReadOnlyList<MemberExclusion> Exclusions);

/// <summary>
/// RPT-03's denominators around <see cref="PdcCalculator"/>: members 18 or older on December 31 of the measurement year
/// (PQA); none in hospice or with ESRD on any day of the year; for the diabetes class none with an insulin fill in the
/// year; amylin mimetics in no measure (they are no measured class, and are never read).
/// </summary>
public static class PdcMeasures
{
    public const int AdultAge = 18;

    public static IEnumerable<PdcResult> Measure(PdcMember member, DateOnly asOf)
    {
        var (yearStart, yearEnd) = (new DateOnly(asOf.Year, 1, 1), new DateOnly(asOf.Year, 12, 31));
        if (member.DateOfBirth.AddYears(AdultAge) > yearEnd || member.Exclusions.Any(e => e.Overlaps(yearStart, yearEnd)))
        {
            yield break;
        }

        var insulinUser = member.Fills.Any(f => f.DrugClass == DrugClasses.Insulins && f.FilledOn >= yearStart && f.FilledOn <= asOf);
        foreach (var drugClass in DrugClasses.Measured)
        {
            if (drugClass == DrugClasses.Diabetes && insulinUser)
            {
                continue;
            }

            if (PdcCalculator.Calculate(drugClass, member.Fills, member.EnrolledThrough, asOf) is { } result)
            {
                yield return result;
            }
        }
    }
}
