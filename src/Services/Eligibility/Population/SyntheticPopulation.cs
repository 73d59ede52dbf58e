using System.Text.Json;
using Platform.Eligibility.Members;
using Platform.Eligibility.Providers;
using Platform.Synthetic;

namespace Platform.Eligibility.Population;

/// <summary>
/// The synthetic plan (Platform.Synthetic's <see cref="SyntheticPlan"/>) as eligibility stores it: members with their
/// coverage spans, and the provider directory. Member i rebuilds alone and carries the identifiers of its index.
/// </summary>
public sealed class SyntheticPopulation(int size, int seed, DateOnly asOf)
{
    /// <summary>The plan's spelling of each line of business (Medi-Cal, OneCare…), as the enum serializes.</summary>
    private static readonly Dictionary<string, LineOfBusiness> LinesOfBusiness =
        Enum.GetValues<LineOfBusiness>().ToDictionary(l => JsonSerializer.Serialize(l).Trim('"'));

    private readonly SyntheticPlan plan = new(size, seed, asOf);

    public int Size => plan.Size;

    public IReadOnlyList<Provider> Providers => field ??= [.. plan.Providers.Select(ToProvider)];

    public IEnumerable<Member> Members() => plan.Members().Select(ToMember);

    public Member Member(long index) => ToMember(plan.Member(index));

    private static Member ToMember(SyntheticMember synthetic)
    {
        var member = new Member
        {
            Cin = synthetic.Cin,
            MedsId = synthetic.MedsId,
            Mbi = synthetic.Mbi,
            FirstName = synthetic.FirstName,
            LastName = synthetic.LastName,
            DateOfBirth = synthetic.DateOfBirth,
            Sex = synthetic.Sex,
            PreferredLanguage = synthetic.PreferredLanguage,
        };
        member.Spans.AddRange(synthetic.Spans.Select(span => new CoverageSpan
        {
            Id = span.Id,
            MemberCin = synthetic.Cin,
            LineOfBusiness = LinesOfBusiness[span.LineOfBusiness],
            Program = span.Program,
            PcpNpi = span.PcpNpi,
            ShareOfCost = span.ShareOfCost,
            StartDate = span.StartDate,
            EndDate = span.EndDate,
        }));
        return member;
    }

    private static Provider ToProvider(SyntheticProvider synthetic) => new()
    {
        Npi = synthetic.Npi,
        Tin = synthetic.Tin,
        Name = synthetic.Name,
        Type = synthetic.Type switch
        {
            SyntheticProviderType.Pcp => ProviderType.Pcp,
            SyntheticProviderType.Specialist => ProviderType.Specialist,
            _ => ProviderType.BehavioralHealth,
        },
        Specialty = synthetic.Specialty,
        Tertiary = synthetic.Tertiary,
        Networks = [.. synthetic.Networks],
        JoinedOn = synthetic.JoinedOn,
    };
}
