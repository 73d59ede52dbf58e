using Platform.Contracts.Identifiers;
using Platform.Contracts.Eligibility;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Members;
using Platform.Eligibility.Population;
using Platform.Eligibility.Providers;
using Platform.Synthetic;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests.Units;

public sealed class SyntheticPopulationTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly SyntheticPopulation Thousand = new(1_000, 7, AsOf);
    private static readonly Member[] Members = [.. Thousand.Members()];
    private static readonly CoverageSpan[] Spans = [.. Members.SelectMany(m => m.Spans)];

    [Fact]
    public void The_same_seed_generates_the_same_members_and_providers()
    {
        var again = new SyntheticPopulation(1_000, 7, AsOf);

        Assert.Equal(Describe(Members), Describe(again.Members()));
        Assert.Equal(Thousand.Providers.Select(p => (p.Npi, p.Name, p.Specialty)), again.Providers.Select(p => (p.Npi, p.Name, p.Specialty)));
        Assert.NotEqual(Describe(Members), Describe(new SyntheticPopulation(1_000, 8, AsOf).Members()));
    }

    [Fact]
    public void Member_i_is_rebuilt_alone_and_carries_the_identifiers_of_its_index()
    {
        var member = Thousand.Member(517);

        Assert.Equal(Describe([Members[517]]), Describe([member]));
        Assert.Equal((SyntheticIds.Cin(517), SyntheticIds.MedsId(517)), (member.Cin, member.MedsId));
        Assert.All(Members.Where(m => m.Mbi is not null), m => Assert.Equal(SyntheticIds.Mbi(Array.IndexOf(Members, m)), m.Mbi));
    }

    [Fact]
    public void ELG_01_every_generated_identifier_is_valid_and_unique()
    {
        Assert.All(Members, m => Assert.True(Cin.TryParse(m.Cin, out _) && MedsId.TryParse(m.MedsId, out _) && (m.Mbi is null || Mbi.TryParse(m.Mbi, out _)), m.Cin));
        Assert.All(Thousand.Providers, p => Assert.True(Npi.TryParse(p.Npi, out _) && Tin.TryParse(p.Tin, out _), p.Npi));
        Assert.Equal(Members.Length, Members.Select(m => m.Cin).Concat(Members.Select(m => m.MedsId)).Distinct().Count() / 2);
        Assert.Equal(Thousand.Providers.Count, Thousand.Providers.Select(p => p.Npi).Distinct().Count());
    }

    [Fact]
    public void The_largest_population_still_has_valid_identifiers()
    {
        const long last = SyntheticIds.MaxMembers - 1;

        Assert.True(Cin.TryParse(SyntheticIds.Cin(last), out _) && MedsId.TryParse(SyntheticIds.MedsId(last), out _) && Mbi.TryParse(SyntheticIds.Mbi(last), out _));
        Assert.True(Npi.TryParse(SyntheticIds.Npi(SyntheticIds.MaxProviders - 1), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticIds.Npi(SyntheticIds.MaxProviders));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticPopulation(SyntheticIds.MaxMembers + 1, 7, AsOf));
    }

    [Fact]
    public void The_test_builders_never_draw_a_synthetic_identifier()
    {
        var drawn = Enumerable.Range(0, 2_000).Select(_ => (Cin: TestData.Cin(), MedsId: TestData.MedsId(), Npi: TestData.Npi())).ToList();

        Assert.DoesNotContain(drawn, d => d.Cin.StartsWith('9') || d.MedsId.StartsWith('9') || d.Npi.StartsWith('1'));
        Assert.All(Thousand.Providers.Skip(DemoProviders.All.Count), p => Assert.StartsWith("11", p.Npi));
    }

    [Fact]
    public void ELG_03_members_span_several_lines_of_business_and_only_Medicare_ones_have_an_MBI()
    {
        var byLine = Members.GroupBy(m => m.Spans[^1].LineOfBusiness).ToDictionary(g => g.Key, g => g.ToList());

        Assert.True(byLine[LineOfBusiness.MediCal].Count > Members.Length * 3 / 4, "mostly Medi-Cal");
        Assert.All(Enum.GetValues<LineOfBusiness>(), line => Assert.True(byLine.ContainsKey(line), line.ToString()));
        Assert.All(Members, m => Assert.Equal(m.Spans[^1].LineOfBusiness != LineOfBusiness.MediCal, m.Mbi is not null));
    }

    [Fact]
    public void ELG_03_ELG_05_COD_spans_have_no_PCP_and_the_others_a_PCP_of_their_network()
    {
        var pcps = Thousand.Providers.Where(p => p.Type == ProviderType.Pcp).ToDictionary(p => p.Npi);

        Assert.Contains(Spans, s => s.Program == CoverageSpan.Direct);
        Assert.All(Spans.Where(s => s.Program == CoverageSpan.Direct), s => Assert.Null(s.PcpNpi));
        Assert.All(Spans.Where(s => s.Program != CoverageSpan.Direct), s => Assert.Contains(s.Program, pcps[s.PcpNpi!].Networks));
        Assert.True(Spans.Select(s => s.Program).Distinct().Count() >= 10, "COD, CCN and most health networks");
    }

    [Fact]
    public void ELG_02_some_members_pay_a_share_of_cost_and_some_have_lost_coverage()
    {
        var statuses = Members.Select(m => EligibilityRule.AsOf(m.Spans, AsOf).Status).ToList();

        Assert.Contains(EligibilityStatus.ShareOfCost, statuses);
        Assert.Contains(EligibilityStatus.NotEligible, statuses);
        Assert.True(statuses.Count(s => s == EligibilityStatus.Eligible) > Members.Length * 3 / 4, "mostly eligible");
    }

    [Fact]
    public void ELG_04_some_members_have_a_coverage_history_without_gaps_or_overlaps()
    {
        var withHistory = Members.Where(m => m.Spans.Count > 1).ToList();

        Assert.NotEmpty(withHistory);
        Assert.All(withHistory, m => Assert.Equal(m.Spans[1].StartDate.AddDays(-1), m.Spans[0].EndDate));
        Assert.All(Spans, s => Assert.True(s.EndDate is null || s.StartDate <= s.EndDate, s.MemberCin));
        Assert.All(Members, m => Assert.True(m.DateOfBirth <= m.Spans[0].StartDate && m.Spans[^1].StartDate <= AsOf, m.Cin));
    }

    [Fact]
    public void The_identity_demos_PCPs_have_members_and_AltaMed_the_demo_partner_has_members()
    {
        var demoPcps = DemoProviders.All.Where(p => p.Type == SyntheticProviderType.Pcp).Select(p => p.Npi).ToList();

        Assert.Equal(["1000000012", "1000000020", "1000000038", "1000000046", "1000000053"], DemoProviders.All.Select(p => p.Npi));
        Assert.All(demoPcps, npi => Assert.Contains(Spans, s => s.PcpNpi == npi && s.EndDate is null));
        Assert.Contains(Spans, s => s.Program == "ALTAMED" && s.EndDate is null);
    }

    [Fact]
    public void ELG_03_the_synthetic_plan_draws_from_the_networks_eligibility_lists()
    {
        Assert.Equal(HealthNetworkConfiguration.Codes, Programs.Networks);
        Assert.All(Thousand.Providers.SelectMany(p => p.Networks), network => Assert.Contains(network, HealthNetworkConfiguration.Codes));
    }

    [Fact]
    public void Demographics_vary_in_sex_language_and_age()
    {
        Assert.True(Members.Select(m => m.Sex).Distinct().Count() >= 3);
        Assert.True(Members.Select(m => m.PreferredLanguage).Distinct().Count() >= 5);
        Assert.Contains(Members, m => m.DateOfBirth > AsOf.AddYears(-18));
        Assert.Contains(Members, m => m.DateOfBirth < AsOf.AddYears(-65));
    }

    private static IEnumerable<string> Describe(IEnumerable<Member> members) => members.Select(m =>
        $"{m.Cin} {m.MedsId} {m.Mbi} {m.FirstName} {m.LastName} {m.DateOfBirth} {m.Sex} {m.PreferredLanguage} " +
        string.Join(" | ", m.Spans.Select(s => $"{s.Id} {s.LineOfBusiness} {s.Program} {s.PcpNpi} {s.ShareOfCost} {s.StartDate} {s.EndDate}")));
}
