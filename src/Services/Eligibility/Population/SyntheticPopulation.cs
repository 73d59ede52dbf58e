using System.Buffers.Binary;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Members;
using Platform.Eligibility.Providers;

namespace Platform.Eligibility.Population;

/// <summary>
/// A synthetic membership of <paramref name="size"/> members with their coverage history, and its provider directory,
/// for load tests and the demo. Member i is a pure function of (seed, i, asOf): <see cref="Member"/> rebuilds any one
/// alone, and its identifiers (<see cref="SyntheticIds.Cin"/>, <see cref="SyntheticIds.MedsId"/>, and
/// <see cref="SyntheticIds.Mbi"/> when its line of business includes Medicare) depend on i only, so a benchmark can
/// pick random existing members by index. <see cref="Members"/> streams, so a million never sit in memory together.
/// Dates are relative to <paramref name="asOf"/>, the plan's today when loaded, so statuses read as intended then.
/// </summary>
public sealed class SyntheticPopulation(int size, int seed, DateOnly asOf)
{
    private static readonly ((int From, int To) Value, int Weight)[] AgeBands = [((0, 18), 38), ((19, 44), 27), ((45, 64), 20), ((65, 95), 15)];

    private static readonly string[] HealthNetworks = [.. HealthNetworkConfiguration.Codes.Where(c => c != HealthNetwork.CommunityNetwork)];

    public int Size { get; } = size is > 0 and <= SyntheticIds.MaxMembers
        ? size
        : throw new ArgumentOutOfRangeException(nameof(size), $"A synthetic population has 1 to {SyntheticIds.MaxMembers:N0} members.");

    public IReadOnlyList<Provider> Providers { get; } = SyntheticProviders.For(size, seed, asOf);

    // ELG-03: 20 % in COD, 15 % in CCN, and 65 % shared evenly by the health networks.
    private static readonly (string Value, int Weight)[] Programs =
    [
        (CoverageSpan.Direct, 20 * HealthNetworks.Length), (HealthNetwork.CommunityNetwork, 15 * HealthNetworks.Length),
        .. HealthNetworks.Select(network => (network, 65)),
    ];

    private Dictionary<string, string[]>? pcpsByProgram;

    /// <summary>The PCPs a member of each network can be assigned (ELG-03), the demo's among them.</summary>
    private Dictionary<string, string[]> PcpsByProgram => pcpsByProgram ??= Providers
        .Where(p => p.Type == ProviderType.Pcp)
        .SelectMany(p => p.Networks, (p, network) => (network, p.Npi))
        .GroupBy(x => x.network, x => x.Npi)
        .ToDictionary(g => g.Key, g => g.ToArray());

    public IEnumerable<Member> Members() => Enumerable.Range(0, Size).Select(i => Member(i));

    public Member Member(long index)
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
            >= 65 => draws.PickWeighted([(LineOfBusiness.MediCal, 50), (LineOfBusiness.OneCare, 35), (LineOfBusiness.OneCareConnect, 10), (LineOfBusiness.Pace, 5)]),
            >= 55 => draws.PickWeighted([(LineOfBusiness.MediCal, 90), (LineOfBusiness.OneCare, 7), (LineOfBusiness.Pace, 3)]),
            _ => LineOfBusiness.MediCal,
        };
        var member = new Member
        {
            Cin = cin,
            MedsId = SyntheticIds.MedsId(index),
            Mbi = lineOfBusiness == LineOfBusiness.MediCal ? null : SyntheticIds.Mbi(index),
            FirstName = Demographics.FirstName(draws, sex),
            LastName = draws.Pick(Demographics.LastNames),
            DateOfBirth = bornOn,
            Sex = sex,
            PreferredLanguage = draws.PickWeighted(Demographics.Languages),
        };
        member.Spans.AddRange(Spans(draws, index, cin, bornOn, lineOfBusiness));
        return member;
    }

    /// <summary>The current span, after an earlier one for some members; some current spans have ended.</summary>
    private IEnumerable<CoverageSpan> Spans(Draws draws, long index, string cin, DateOnly bornOn, LineOfBusiness lineOfBusiness)
    {
        // Coverage starts on the first of a month, up to eight years ago, or at birth.
        var thisMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        var monthsAgo = draws.Between(0, 96);
        var start = Max(thisMonth.AddMonths(-monthsAgo), bornOn);
        var program = draws.PickWeighted(Programs);
        // Some members lost coverage: their last span ended before this month.
        DateOnly? end = monthsAgo >= 2 && draws.Chance(0.08) ? start.AddMonths(draws.Between(1, monthsAgo - 1)).AddDays(-1) : null;
        var current = Span(draws, index, 1, cin, lineOfBusiness, program, start, end);
        if (draws.Chance(0.25) && start.AddMonths(-1) >= bornOn)
        {
            // ELG-05: a new member starts in COD and has 45 days to choose a network and PCP; others changed network.
            var earlier = program != CoverageSpan.Direct && draws.Chance(0.6) ? CoverageSpan.Direct : draws.PickWeighted(Programs);
            var earlierStart = Max(start.AddMonths(earlier == CoverageSpan.Direct ? -draws.Between(1, 2) : -draws.Between(6, 36)), bornOn);
            yield return Span(draws, index, 0, cin, lineOfBusiness, earlier, earlierStart, start.AddDays(-1));
        }

        yield return current;
    }

    private CoverageSpan Span(
        Draws draws, long index, int number, string cin, LineOfBusiness lineOfBusiness, string program, DateOnly start, DateOnly? end) => new()
    {
        Id = SpanId(index, number),
        MemberCin = cin,
        LineOfBusiness = lineOfBusiness,
        Program = program,
        // ELG-05: COD members have no assigned PCP.
        PcpNpi = program == CoverageSpan.Direct ? null : draws.Pick(PcpsByProgram[program]),
        // ELG-02: a few Medi-Cal members pay a monthly share of cost.
        ShareOfCost = lineOfBusiness == LineOfBusiness.MediCal && draws.Chance(0.04) ? draws.Between(2_500, 120_000) / 100m : 0m,
        StartDate = start,
        EndDate = end,
    };

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
