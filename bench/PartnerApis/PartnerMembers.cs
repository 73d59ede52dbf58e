using Platform.Bench;

namespace Platform.PartnerApisBench;

/// <summary>A member of the partner's network, as the referral service's copy has them: CIN, name and assigned PCP (of the network).</summary>
public sealed record PartnerMember(string Cin, string FirstName, string LastName, string PcpNpi);

/// <summary>
/// The demo partner API client (Platform.Identity.Seed.DemoSeed: PartnerClientId, PartnerSecret, PartnerNetwork) and
/// what it may ask about: the synthetic plan's members whose current span is in its network (ACC-06), read from the
/// referral service's demo copies — the same plan (SyntheticPlan.DemoSeed, same size) eligibility's seed-population
/// loaded, so the CINs are eligibility's too —, and the community specialists a request may be sent to.
/// </summary>
public static class PartnerMembers
{
    public const string ClientId = "altamed-api";
    public const string Secret = "demo-altamed-client-secret-2026";
    public const string Network = "ALTAMED";

    /// <summary>
    /// Up to <paramref name="count"/> members, at random, covered now with no end (so on the requests' dates of service
    /// too) by a span of the network with a PCP: the PCP is the partner's to request for (a PCP of the network).
    /// </summary>
    public static async Task<List<PartnerMember>> PickAsync(ServiceDatabase referral, int count)
    {
        var rows = await referral.ListAsync($"""
            SELECT m."Cin" || '|' || m."FirstName" || '|' || m."LastName" || '|' || (c->>'PcpNpi')
            FROM members m, jsonb_array_elements(m."Coverage") c
            WHERE c->>'Program' = '{Network}' AND c->>'EndDate' IS NULL AND c->>'PcpNpi' IS NOT NULL AND (c->>'StartDate')::date <= current_date
            ORDER BY random() LIMIT {count}
            """);
        return [.. rows.Select(row => row.Split('|')).Select(parts => new PartnerMember(parts[0], parts[1], parts[2], parts[3]))];
    }

    /// <summary>
    /// Community (not tertiary) specialists of the directory: a routine request to one passes REF-06…09 with no
    /// justification, and, not being the member's PCP's group, REF-04 too.
    /// </summary>
    public static Task<List<string>> SpecialistsAsync(ServiceDatabase referral) =>
        referral.ListAsync("""SELECT "Npi" FROM providers WHERE "Type" = 'Specialist' AND NOT "Tertiary" ORDER BY "Npi" """);
}
