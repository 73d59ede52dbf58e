using Platform.Contracts.Eligibility;
using Platform.Contracts.Identifiers;

namespace Platform.Synthetic;

/// <summary>
/// The identity service's demo providers (Identity's DemoSeed: same NPIs, names and office TINs), so the demo users
/// who sign in for Harbor Pediatrics or Orange Coast Behavioral Health find their members, claims and referrals.
/// Harbor's three are PCPs in CCN and AltaMed, the demo partner's network; Orange Coast's two are behavioral health.
/// </summary>
public static class DemoProviders
{
    private const string HarborTin = "330000001";
    private const string OrangeCoastTin = "330000002";
    private static readonly DateOnly Joined = new(2020, 1, 1);
    private static readonly string[] HarborNetworks = [Programs.CommunityNetwork, "ALTAMED"];

    public static readonly IReadOnlyList<SyntheticProvider> All =
    [
        Demo("100000001", "Ana Reyes, MD", HarborTin, SyntheticProviderType.Pcp, "Pediatrics", HarborNetworks),
        Demo("100000002", "Ben Okafor, MD", HarborTin, SyntheticProviderType.Pcp, "Pediatrics", HarborNetworks),
        Demo("100000003", "Carla Nguyen, NP", HarborTin, SyntheticProviderType.Pcp, "Pediatric Nurse Practitioner", HarborNetworks),
        Demo("100000004", "Dev Patel, BCBA", OrangeCoastTin, SyntheticProviderType.BehavioralHealth, "Applied Behavior Analysis", [Programs.CommunityNetwork]),
        Demo("100000005", "Eve Morales, MD", OrangeCoastTin, SyntheticProviderType.BehavioralHealth, "Psychiatry", [Programs.CommunityNetwork]),
    ];

    /// <summary>NPIs from DemoSeed's nine-digit stems with their real check digit.</summary>
    private static SyntheticProvider Demo(string stem, string name, string tin, SyntheticProviderType type, string specialty, string[] networks) =>
        new(stem + Npi.CheckDigit(stem), tin, name, type, specialty, false, networks, Joined);
}
