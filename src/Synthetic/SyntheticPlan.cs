using System.Buffers.Binary;
using Platform.Contracts.Eligibility;

namespace Platform.Synthetic;

/// <summary>
/// A synthetic plan: <paramref name="size"/> members with their coverage history, and its provider directory, for load
/// tests and the demo. Every service that seeds its data draws from it (eligibility its members and directory, claims
/// its member copy and billing providers), so their copies agree as if the members had been announced.
/// Member i is a pure function of (seed, i, asOf): <see cref="Member"/> rebuilds any one alone, and its identifiers (<see cref="SyntheticIds.Cin"/>, <see cref="SyntheticIds.MedsId"/>, and
/// <see cref="SyntheticIds.Mbi"/> when its line of business includes Medicare) depend on i only, so a benchmark can
/// pick random existing members by index. <see cref="Members"/> streams, so a million never sit in memory together.
/// Dates are relative to <paramref name="asOf"/>, the plan's today when loaded, so statuses read as intended then.
/// </summary>
public sealed class SyntheticPlan(int size, int seed, DateOnly asOf)
{
    /// <summary>The demo's seed, so every local run shows the same members, providers and claims.</summary>
    public const int DemoSeed = 20261123;

    /// <summary>A seed command's optional last argument: the seed, or the demo's when there is none.</summary>
    public static bool TryParseSeed(string[] rest, out int seed)
    {
        seed = DemoSeed;
        return rest is [] || int.TryParse(rest[0], System.Globalization.CultureInfo.InvariantCulture, out seed);
    }

    private static readonly ((int From, int To) Value, int Weight)[] AgeBands = [((0, 18), 38), ((19, 44), 27), ((45, 64), 20), ((65, 95), 15)];

    private const string MediCal = "Medi-Cal";
    private const string OneCare = "OneCare";

    private static readonly string[] HealthNetworks = [.. Programs.Networks.Where(c => c != Programs.CommunityNetwork)];

    public int Size { get; } = size is > 0 and <= SyntheticIds.MaxMembers
        ? size
        : throw new ArgumentOutOfRangeException(nameof(size), $"A synthetic population has 1 to {SyntheticIds.MaxMembers:N0} members.");

    public IReadOnlyList<SyntheticProvider> Providers { get; } = SyntheticProviders.For(size, seed, asOf);

    // ELG-03: 20 % in COD, 15 % in CCN, and 65 % shared evenly by the health networks.
    private static readonly (string Value, int Weight)[] ProgramWeights =
    [
        (Programs.Direct, 20 * HealthNetworks.Length), (Programs.CommunityNetwork, 15 * HealthNetworks.Length),
        .. HealthNetworks.Select(network => (network, 65)),
    ];

    private Dictionary<string, string[]>? pcpsByProgram;

    /// <summary>The PCPs a member of each network can be assigned (ELG-03), the demo's among them.</summary>
    private Dictionary<string, string[]> PcpsByProgram => pcpsByProgram ??= Providers
        .Where(p => p.Type == SyntheticProviderType.Pcp)
        .SelectMany(p => p.Networks, (p, network) => (network, p.Npi))
        .GroupBy(x => x.network, x => x.Npi)
        .ToDictionary(g => g.Key, g => g.ToArray());

    public IEnumerable<SyntheticMember> Members() => Enumerable.Range(0, Size).Select(i => Member(i));

    public SyntheticMember Member(long index)
    {
        var draws = new Draws(seed, index);
        var cin = SyntheticIds.Cin(index);
        var sex = draws.PickWeighted(Demographics.Sexes);
        var (youngest, oldest) = draws.PickWeighted(AgeBands);
        var bornOn = asOf.AddYears(-draws.Between(youngest, oldest)).AddDays(-draws.Next(365));
        var age = asOf.Year - bornOn.Year;
        // PACE is for 55 and over; OneCare and OneCare Connect are Medi-Cal with Medicare (mostly 65 and over).
        var lineOfBusiness = age switch
        {
            >= 65 => draws.PickWeighted([(MediCal, 50), (OneCare, 35), ("OneCare Connect", 10), ("PACE", 5)]),
            >= 55 => draws.PickWeighted([(MediCal, 90), (OneCare, 7), ("PACE", 3)]),
            _ => MediCal,
        };
        var mbi = lineOfBusiness == MediCal ? null : SyntheticIds.Mbi(index);
        var firstName = Demographics.FirstName(draws, sex);
        var lastName = draws.Pick(Demographics.LastNames);
        var language = draws.PickWeighted(Demographics.Languages);
        return new SyntheticMember(index, cin, SyntheticIds.MedsId(index), mbi, firstName, lastName, bornOn, sex, language,
            [.. Spans(draws, index, bornOn, lineOfBusiness)]);
    }

    /// <summary>The current span, after an earlier one for some members; some current spans have ended.</summary>
    private IEnumerable<SyntheticSpan> Spans(Draws draws, long index, DateOnly bornOn, string lineOfBusiness)
    {
        // Coverage starts on the first of a month, up to eight years ago, or at birth.
        var thisMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var monthsAgo = draws.Between(0, 96);
        var start = Max(thisMonth.AddMonths(-monthsAgo), bornOn);
        var program = draws.PickWeighted(ProgramWeights);
        // Some members lost coverage: their last span ended before this month.
        DateOnly? end = monthsAgo >= 2 && draws.Chance(0.08) ? start.AddMonths(draws.Between(1, monthsAgo - 1)).AddDays(-1) : null;
        var current = Span(draws, index, 1, lineOfBusiness, program, start, end);
        if (draws.Chance(0.25) && start.AddMonths(-1) >= bornOn)
        {
            // ELG-05: a new member starts in COD and has 45 days to choose a network and PCP; others changed network.
            var earlier = program != Programs.Direct && draws.Chance(0.6) ? Programs.Direct : draws.PickWeighted(ProgramWeights);
            var earlierStart = Max(start.AddMonths(earlier == Programs.Direct ? -draws.Between(1, 2) : -draws.Between(6, 36)), bornOn);
            yield return Span(draws, index, 0, lineOfBusiness, earlier, earlierStart, start.AddDays(-1));
        }

        yield return current;
    }

    private SyntheticSpan Span(Draws draws, long index, int number, string lineOfBusiness, string program, DateOnly start, DateOnly? end)
    {
        // ELG-05: COD members have no assigned PCP.
        var pcp = program == Programs.Direct ? null : draws.Pick(PcpsByProgram[program]);
        // ELG-02: a few Medi-Cal members pay a monthly share of cost.
        var shareOfCost = lineOfBusiness == MediCal && draws.Chance(0.04) ? draws.Between(2_500, 120_000) / 100m : 0m;
        return new SyntheticSpan(SpanId(index, number), lineOfBusiness, program, pcp, shareOfCost, start, end);
    }

    /// <summary>
    /// A UUIDv8 (RFC 9562's custom layout) of the member index and span number: deterministic like the rest of the
    /// member, and ascending in load order so the primary key index grows at its right edge. Its version nibble (8)
    /// keeps it apart from the service's own UUIDv7 span ids.
    /// </summary>
    private Guid SpanId(long index, int number)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, index << 16);
        bytes[6] = (byte)(0x80 | number);
        bytes[8] = 0x80;
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], seed);
        return new Guid(bytes, bigEndian: true);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
