using Platform.Contracts.Identifiers;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Providers;

namespace Platform.Eligibility.Population;

/// <summary>
/// The identity service's demo providers (Identity's DemoSeed: same NPIs, names and office TINs), so the demo users
/// who sign in for Harbor Pediatrics or Orange Coast Behavioral Health find their members and referrals here.
/// Harbor's three are PCPs in CCN and AltaMed, the demo partner's network; Orange Coast's two are behavioral health.
/// </summary>
public static class DemoProviders
{
    private const string HarborTin = "330000001";
    private const string OrangeCoastTin = "330000002";
    private static readonly DateOnly Joined = new(2020, 1, 1);
    private static readonly string[] HarborNetworks = [HealthNetwork.CommunityNetwork, "ALTAMED"];

    public static readonly IReadOnlyList<Provider> All =
    [
        Demo("100000001", "Ana Reyes, MD", HarborTin, ProviderType.Pcp, "Pediatrics", HarborNetworks),
        Demo("100000002", "Ben Okafor, MD", HarborTin, ProviderType.Pcp, "Pediatrics", HarborNetworks),
        Demo("100000003", "Carla Nguyen, NP", HarborTin, ProviderType.Pcp, "Pediatric Nurse Practitioner", HarborNetworks),
        Demo("100000004", "Dev Patel, BCBA", OrangeCoastTin, ProviderType.BehavioralHealth, "Applied Behavior Analysis", [HealthNetwork.CommunityNetwork]),
        Demo("100000005", "Eve Morales, MD", OrangeCoastTin, ProviderType.BehavioralHealth, "Psychiatry", [HealthNetwork.CommunityNetwork]),
    ];

    /// <summary>NPIs from DemoSeed's nine-digit stems with their real check digit.</summary>
    private static Provider Demo(string stem, string name, string tin, ProviderType type, string specialty, string[] networks) => new()
    {
        Npi = stem + Npi.CheckDigit(stem), Tin = tin, Name = name, Type = type, Specialty = specialty, Networks = [.. networks], JoinedOn = Joined,
    };
}
