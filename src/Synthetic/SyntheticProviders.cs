using Platform.Contracts.Eligibility;

namespace Platform.Synthetic;

/// <summary>
/// The directory for a synthetic population: PCPs in every network (CCN and the health networks), specialists and
/// behavioral health, sized by the member count, plus the identity demo's providers. Provider j's NPI is
/// <see cref="SyntheticIds.Npi"/>(j); its draws are keyed past every member index so they never repeat a member's.
/// </summary>
public static class SyntheticProviders
{
    private static readonly (string Value, int Weight)[] PcpSpecialties =
        [("Family Medicine", 40), ("Internal Medicine", 25), ("Pediatrics", 25), ("General Practice", 10)];

    private static readonly string[] Specialties =
    [
        "Cardiology", "Dermatology", "Endocrinology", "Gastroenterology", "General Surgery", "Nephrology", "Neurology",
        "Obstetrics and Gynecology", "Oncology", "Ophthalmology", "Orthopedic Surgery", "Otolaryngology", "Pulmonology",
        "Rheumatology", "Urology",
    ];

    private static readonly string[] BehavioralSpecialties =
        ["Psychiatry", "Psychology", "Applied Behavior Analysis", "Marriage and Family Therapy", "Clinical Social Work"];

    /// <summary>Demo providers first, then the synthetic ones in NPI order.</summary>
    public static IReadOnlyList<SyntheticProvider> For(int members, int seed, DateOnly asOf)
    {
        var networks = Programs.Networks;
        // About one PCP per 250 members, and at least two in each network so every network has a choice of PCP.
        var pcps = Math.Max(members / 250, 2 * networks.Length);
        var specialists = Math.Max(members / 500, 20);
        var behavioral = Math.Max(members / 2000, 10);
        var synthetic = Enumerable.Range(0, pcps + specialists + behavioral).Select(j =>
        {
            var draws = new Draws(seed, SyntheticIds.MaxMembers + j);
            var (type, specialty) = j < pcps ? (SyntheticProviderType.Pcp, draws.PickWeighted(PcpSpecialties))
                : j < pcps + specialists ? (SyntheticProviderType.Specialist, draws.Pick(Specialties))
                : (SyntheticProviderType.BehavioralHealth, draws.Pick(BehavioralSpecialties));
            // A PCP belongs to one network in turn, some to a second; the others contract with one or two.
            var primary = j < pcps ? networks[j % networks.Length] : draws.Pick(networks);
            var extra = draws.Chance(type == SyntheticProviderType.Pcp ? 0.2 : 0.6) ? draws.Pick(networks) : primary;
            var name = $"{Demographics.FirstName(draws, draws.Chance(0.5) ? "F" : "M")} {draws.Pick(Demographics.LastNames)}, {Credential(draws, type, specialty)}";
            var tertiary = type == SyntheticProviderType.Specialist && draws.Chance(0.1);
            // Group practices: four providers bill under each tax id.
            return new SyntheticProvider(SyntheticIds.Npi(j), SyntheticIds.Tin(j / 4), name, type, specialty, tertiary,
                [.. new[] { primary, extra }.Distinct()], asOf.AddDays(-draws.Between(30, 15 * 365)));
        });
        return [.. DemoProviders.All, .. synthetic];
    }

    private static string Credential(Draws draws, SyntheticProviderType type, string specialty) => (type, specialty) switch
    {
        (SyntheticProviderType.Pcp, _) => draws.PickWeighted([("MD", 70), ("DO", 15), ("NP", 10), ("PA", 5)]),
        (_, "Psychology") => "PhD",
        (_, "Applied Behavior Analysis") => "BCBA",
        (_, "Marriage and Family Therapy") => "LMFT",
        (_, "Clinical Social Work") => "LCSW",
        _ => draws.Chance(0.85) ? "MD" : "DO",
    };
}
