using Platform.Contracts.Identifiers;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults;
using Platform.Eligibility.Providers;
using Platform.Testing;

namespace Platform.Eligibility.Tests;

/// <summary>
/// Deterministic members, spans and providers for tests: valid identifiers from a seeded generator, unique names, and
/// dates relative to the plan's today so rules about "now" hold whenever the suite runs.
/// </summary>
public static class Population
{
    private const string MbiLetters = "ACDEFGHJKMNPQRTUVWXY";
    private static readonly Random Seeded = new(20261123);
    private static readonly Lock Gate = new();

    public static DateOnly Today => TimeProvider.System.PlanToday();

    public static Provider Provider(ProviderType type = ProviderType.Pcp, string? name = null, string? tin = null, params string[] networks) => new()
    {
        Npi = TestData.Npi(),
        Tin = tin ?? Digits(9),
        Name = name ?? $"Dr. {Word()}",
        Type = type,
        Specialty = type == ProviderType.Pcp ? "Family Medicine" : "Cardiology",
        Networks = [.. networks],
        JoinedOn = new DateOnly(2020, 1, 1),
    };

    public static Member Member(string? lastName = null, DateOnly? dateOfBirth = null, string? firstName = null, bool medicare = false) => new()
    {
        Cin = TestData.Cin(),
        MedsId = TestData.MedsId(),
        Mbi = medicare ? Mbi() : null,
        FirstName = firstName ?? Word(),
        LastName = lastName ?? Word(),
        DateOfBirth = dateOfBirth ?? new DateOnly(1980, 1, 1).AddDays(Next(15000)),
        Sex = "F",
        PreferredLanguage = "Spanish",
    };

    /// <summary>Adds a span to the member and returns the member, so a member and its history read as one expression.</summary>
    public static Member CoveredBy(
        this Member member, string program, string? pcpNpi, DateOnly start, DateOnly? end = null, decimal shareOfCost = 0m,
        LineOfBusiness lineOfBusiness = LineOfBusiness.MediCal)
    {
        member.Spans.Add(new CoverageSpan
        {
            MemberCin = member.Cin, Program = program, PcpNpi = pcpNpi, StartDate = start, EndDate = end, ShareOfCost = shareOfCost,
            LineOfBusiness = lineOfBusiness,
        });
        return member;
    }

    /// <summary>A unique capitalized name, so searches by name never meet another test's members.</summary>
    public static string Word() => "N" + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)('a' + Next(26))));

    private static string Mbi()
    {
        // CMS: C A AN N A AN N A A N N; AN drawn as a digit here for simplicity.
        var text = $"{1 + Next(9)}{Letter()}{Next(10)}{Next(10)}{Letter()}{Next(10)}{Next(10)}{Letter()}{Letter()}{Next(10)}{Next(10)}";
        return Contracts.Identifiers.Mbi.TryParse(text, out var mbi) ? mbi.Value : throw new InvalidOperationException(text);
    }

    private static char Letter() => MbiLetters[Next(MbiLetters.Length)];

    private static string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => Next(10)));

    private static int Next(int max)
    {
        lock (Gate)
        {
            return Seeded.Next(max);
        }
    }
}
