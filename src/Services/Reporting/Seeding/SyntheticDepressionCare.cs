using Platform.Reporting.Bhi;
using Platform.Reporting.Pharmacy;
using Platform.Synthetic;

namespace Platform.Reporting.Seeding;

/// <summary>A synthetic member's depression care: diagnoses and antidepressant fills.</summary>
public sealed record SyntheticDepressionCareMember(IReadOnlyList<DepressionDiagnosis> Diagnoses, IReadOnlyList<PharmacyFill> Fills);

/// <summary>
/// Synthetic depression care for RPT-01's BHI measure (HEDIS AMM) over the members of a <see cref="SyntheticPlan"/>: about
/// one adult in twelve diagnosed with major depression in the measurement year's intake period (May 1 of the prior year
/// to April 30, or the report's day), most of them started on an antidepressant within two weeks by their PCP or a
/// psychiatrist, then continued, stopped after the acute phase, dropped, or refilled late; a few started too late for
/// the diagnosis to count, or with an earlier antidepressant breaking the negative medication history. Member i's care
/// is a pure function of (seed, i, asOf), its draws keyed apart from the other generators'.
/// </summary>
public sealed class SyntheticDepressionCare(SyntheticPlan plan, int seed, DateOnly asOf)
{
    /// <summary>Past the pharmacy generator's keys (2^40 + member index).</summary>
    private const long DepressionKeys = 1L << 41;

    private enum Course
    {
        Continued,
        AcuteOnly,
        Dropped,
        LateRefills,
    }

    private static readonly (Course Value, int Weight)[] Courses =
        [(Course.Continued, 45), (Course.AcuteOnly, 25), (Course.Dropped, 20), (Course.LateRefills, 10)];

    private static readonly string[] Codes = ["F32.0", "F32.1", "F32.2", "F32.9", "F33.0", "F33.1", "F33.9"];

    private static readonly CatalogDrug[] Antidepressants = [.. DrugCatalog.InClass(DrugClasses.Antidepressants)];

    private readonly SyntheticProvider[] psychiatrists = [.. plan.Providers.Where(p => p.Specialty == "Psychiatry")];

    public IEnumerable<SyntheticDepressionCareMember> Members() =>
        plan.Members().Select(Member).Where(m => m.Diagnoses.Count > 0);

    public SyntheticDepressionCareMember Member(SyntheticMember member)
    {
        var draws = new Draws(seed, DepressionKeys + member.Index);
        var (intakeFrom, intakeTo) = AntidepressantMedicationManagement.IntakePeriod(asOf.Year);
        var lastDay = asOf < intakeTo ? asOf : intakeTo;
        var diagnosedOn = intakeFrom.AddDays(draws.Between(0, Math.Max(0, lastDay.DayNumber - intakeFrom.DayNumber)));
        if (member.DateOfBirth.AddYears(AntidepressantMedicationManagement.MinimumAge) > intakeTo || !draws.Chance(0.08) || member.SpanOn(diagnosedOn) is not { } span)
        {
            return new SyntheticDepressionCareMember([], []);
        }

        var diagnosis = new DepressionDiagnosis { Cin = member.Cin, DiagnosedOn = diagnosedOn, Code = draws.Pick(Codes) };
        if (draws.Chance(0.15))
        {
            return new SyntheticDepressionCareMember([diagnosis], []);
        }

        var drug = draws.Pick(Antidepressants);
        var prescriber = span.PcpNpi is { } pcp && draws.Chance(0.65) ? pcp : draws.Pick(psychiatrists).Npi;
        var pharmacy = draws.Pick(SyntheticPharmacy.Pharmacies);
        var fills = new List<PharmacyFill>();
        // A few started long after the diagnosis (outside AMM's 60 days), or had an antidepressant shortly before.
        var start = diagnosedOn.AddDays(draws.Chance(0.05) ? draws.Between(70, 90) : draws.Between(0, 14));
        if (draws.Chance(0.05))
        {
            Fill(member, fills, start.AddDays(-draws.Between(30, 90)), drug, 30, prescriber, pharmacy);
        }

        var course = draws.PickWeighted(Courses);
        var supply = draws.Chance(0.2) ? 90 : 30;
        var days = course switch
        {
            Course.Continued or Course.LateRefills => draws.Between(240, 330),
            Course.AcuteOnly => draws.Between(90, 150),
            _ => draws.Between(1, 2) * 30,
        };
        for (var day = start; day < start.AddDays(days) && day <= asOf && member.SpanOn(day) is not null;
             day = day.AddDays(supply + (course == Course.LateRefills ? draws.Between(10, 40) : draws.Between(-3, 2))))
        {
            Fill(member, fills, day, drug, supply, prescriber, pharmacy);
        }

        return new SyntheticDepressionCareMember([diagnosis], fills);
    }

    private void Fill(SyntheticMember member, List<PharmacyFill> fills, DateOnly day, CatalogDrug drug, int supply, string prescriber, (string Npi, string Name) pharmacy) =>
        fills.Add(new PharmacyFill
        {
            Id = SyntheticFillIds.Of(SyntheticFillIds.DepressionCare, seed, member.Index, fills.Count), Cin = member.Cin, FilledOn = day, Ndc = drug.Ndc, DrugName = drug.DrugName, DrugClass = drug.DrugClass,
            Route = drug.Route, DaysSupply = supply, Quantity = supply, PrescriberNpi = prescriber, PharmacyNpi = pharmacy.Npi, PharmacyName = pharmacy.Name,
        });
}
