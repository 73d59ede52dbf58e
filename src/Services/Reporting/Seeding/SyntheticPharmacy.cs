using Platform.Reporting.Pharmacy;
using Platform.Synthetic;

namespace Platform.Reporting.Seeding;

/// <summary>A synthetic member's pharmacy history: fills of the measurement year and clinical exclusions.</summary>
public sealed record SyntheticPharmacyMember(IReadOnlyList<PharmacyFill> Fills, IReadOnlyList<MemberExclusion> Exclusions);

/// <summary>
/// Synthetic pharmacy claims over the members of a <see cref="SyntheticPlan"/> for the PDC report (RPT-03), from
/// January 1 of <paramref name="asOf"/>'s year to <paramref name="asOf"/>: about a third of the adults on one to three
/// measured classes, 30/90-day supplies (28/84 for injectables), refilled on time, late with gaps, early with overlaps,
/// stopped, or filled once; some diabetics also on insulin (and a few on pramlintide); a few in hospice or with ESRD.
/// Prescribers are mostly the member's PCP, pharmacies a small list. Member i's history is a pure function of
/// (seed, i, asOf), its draws keyed past every other generator's so they never repeat theirs.
/// </summary>
public sealed class SyntheticPharmacy(SyntheticPlan plan, int seed, DateOnly asOf)
{
    /// <summary>Above the members', providers' and claims' keys (claims start at 2 × MaxMembers and stay below 2^40).</summary>
    private const long PharmacyKeys = 1L << 40;

    private enum Behaviour
    {
        Adherent,
        LateWithGaps,
        EarlyWithOverlaps,
        Stopped,
        SingleFill,
    }

    private static readonly (Behaviour Value, int Weight)[] Behaviours =
        [(Behaviour.Adherent, 45), (Behaviour.LateWithGaps, 22), (Behaviour.EarlyWithOverlaps, 10), (Behaviour.Stopped, 14), (Behaviour.SingleFill, 9)];

    private static readonly (string Value, int Weight)[] ClassWeights =
        [(DrugClasses.Diabetes, 35), (DrugClasses.RasAntagonists, 35), (DrugClasses.Statins, 30)];

    private static readonly string[] PharmacyNames =
    [
        "Harbor Boulevard Community Pharmacy", "Santa Ana Family Drug", "Anaheim Hills Pharmacy", "Garden Grove Apothecary",
        "Irvine Health Pharmacy", "Costa Mesa Rx", "Fullerton Neighborhood Pharmacy", "Orange County Mail Order Pharmacy",
    ];

    /// <summary>Pharmacy NPIs from the top of the synthetic NPI range, where no provider's falls.</summary>
    public static readonly IReadOnlyList<(string Npi, string Name)> Pharmacies =
        [.. PharmacyNames.Select((name, i) => (SyntheticIds.Npi(SyntheticIds.MaxProviders - 1 - i), name))];

    private readonly DateOnly yearStart = new(asOf.Year, 1, 1);
    private readonly SyntheticProvider[] prescribers = [.. plan.Providers.Where(p => p.Type != SyntheticProviderType.BehavioralHealth)];

    /// <summary>Every member's history in member order, members without any left out.</summary>
    public IEnumerable<SyntheticPharmacyMember> Members() =>
        plan.Members().Select(Member).Where(m => m.Fills.Count > 0 || m.Exclusions.Count > 0);

    public SyntheticPharmacyMember Member(SyntheticMember member)
    {
        var draws = new Draws(seed, PharmacyKeys + member.Index);
        if (member.DateOfBirth.AddYears(18) > asOf || !draws.Chance(0.35))
        {
            return new SyntheticPharmacyMember([], []);
        }

        var fills = new List<PharmacyFill>();
        var pharmacy = draws.Pick(Pharmacies);
        var classes = draws.PickWeighted([(1, 60), (2, 30), (3, 10)]);
        foreach (var drugClass in ClassWeights.Select(c => c.Value).OrderBy(_ => draws.Next(1000)).Take(classes))
        {
            var drugs = CatalogDrugs(drugClass);
            Therapy(draws, member, fills, draws.Pick(drugs), pharmacy, draws.PickWeighted(Behaviours));
            if (drugClass == DrugClasses.Diabetes)
            {
                // A second diabetes drug beside the first: days covered by either count once (PQA, no shifting).
                if (draws.Chance(0.2))
                {
                    Therapy(draws, member, fills, draws.Pick(drugs), pharmacy, Behaviour.Adherent);
                }

                // Insulin users leave the diabetes measure; pramlintide is taken with mealtime insulin.
                if (draws.Chance(0.15))
                {
                    Therapy(draws, member, fills, draws.Pick(CatalogDrugs(DrugClasses.Insulins)), pharmacy, Behaviour.Adherent);
                    if (draws.Chance(0.35))
                    {
                        Therapy(draws, member, fills, draws.Pick(CatalogDrugs(DrugClasses.AmylinMimetics)), pharmacy, Behaviour.Adherent);
                    }
                }
            }
        }

        return new SyntheticPharmacyMember(fills, Exclusions(draws, member));
    }

    private static CatalogDrug[] CatalogDrugs(string drugClass) => [.. DrugCatalog.InClass(drugClass)];

    private void Therapy(Draws draws, SyntheticMember member, List<PharmacyFill> fills, CatalogDrug drug, (string Npi, string Name) pharmacy, Behaviour behaviour)
    {
        var injectable = drug.Route == DrugRoute.Injectable;
        var supply = injectable ? draws.PickWeighted([(28, 60), (84, 40)]) : draws.PickWeighted([(30, 55), (90, 45)]);
        var perDay = injectable ? 3m / 28 : draws.PickWeighted([(1m, 70), (2m, 30)]);
        var prescriber = Prescriber(draws, member);
        // Most continue a therapy begun in an earlier year (their first fill early in January); others start this year.
        var daysSoFar = asOf.DayNumber - yearStart.DayNumber;
        var day = yearStart.AddDays(draws.Chance(0.65) ? draws.Between(0, Math.Min(40, daysSoFar)) : draws.Between(0, daysSoFar));
        var refills = behaviour switch
        {
            Behaviour.SingleFill => 0,
            Behaviour.Stopped => draws.Between(1, 4),
            _ => int.MaxValue,
        };
        for (var fill = 0; fill <= refills && day <= asOf && member.SpanOn(day) is not null; fill++)
        {
            // An occasional visit to another pharmacy of the list.
            var (pharmacyNpi, pharmacyName) = draws.Chance(0.1) ? draws.Pick(Pharmacies) : pharmacy;
            fills.Add(new PharmacyFill
            {
                Id = SyntheticFillIds.Of(SyntheticFillIds.Pharmacy, seed, member.Index, fills.Count), Cin = member.Cin, FilledOn = day, Ndc = drug.Ndc, DrugName = drug.DrugName, DrugClass = drug.DrugClass, Route = drug.Route,
                DaysSupply = supply, Quantity = Math.Round(supply * perDay, 2), PrescriberNpi = prescriber,
                PharmacyNpi = pharmacyNpi, PharmacyName = pharmacyName,
            });
            var gap = behaviour switch
            {
                Behaviour.LateWithGaps => draws.Between(5, 35),
                Behaviour.EarlyWithOverlaps => -draws.Between(4, 12),
                _ => draws.Between(-4, 3),
            };
            day = day.AddDays(supply + gap);
        }
    }

    /// <summary>Mostly the member's PCP; otherwise (and always for COD members, who have none) another physician.</summary>
    private string Prescriber(Draws draws, SyntheticMember member) =>
        member.Spans[^1].PcpNpi is { } pcp && draws.Chance(0.8) ? pcp : draws.Pick(prescribers).Npi;

    private List<MemberExclusion> Exclusions(Draws draws, SyntheticMember member)
    {
        List<MemberExclusion> exclusions = [];
        if (draws.Chance(0.015))
        {
            exclusions.Add(new MemberExclusion { Cin = member.Cin, Kind = ExclusionKind.Hospice, From = yearStart.AddDays(draws.Between(0, asOf.DayNumber - yearStart.DayNumber)) });
        }

        if (draws.Chance(0.02))
        {
            exclusions.Add(new MemberExclusion { Cin = member.Cin, Kind = ExclusionKind.Esrd, From = yearStart.AddDays(-draws.Between(30, 2000)) });
        }

        return exclusions;
    }
}
