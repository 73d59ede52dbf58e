namespace Platform.Synthetic;

public enum SyntheticProviderType
{
    Pcp,
    Specialist,
    BehavioralHealth,
}

/// <summary>A provider of the synthetic directory, as every service that keeps a copy of it needs it.</summary>
public sealed record SyntheticProvider(
    string Npi, string Tin, string Name, SyntheticProviderType Type, string Specialty, bool Tertiary, IReadOnlyList<string> Networks, DateOnly JoinedOn)
{
    /// <summary>The type as eligibility's directory spells it, for the services' copies of the directory.</summary>
    public string DirectoryType => Type switch
    {
        SyntheticProviderType.Pcp => "PCP",
        SyntheticProviderType.BehavioralHealth => "Behavioral Health",
        _ => "Specialist",
    };
}

/// <summary>A synthetic member: demographics and coverage spans, oldest first.</summary>
public sealed record SyntheticMember(
    long Index, string Cin, string MedsId, string? Mbi, string FirstName, string LastName, DateOnly DateOfBirth, string Sex,
    string PreferredLanguage, IReadOnlyList<SyntheticSpan> Spans)
{
    /// <summary>The plan's spelling (Contracts' LinesOfBusiness): every span of a synthetic member is in one line of business.</summary>
    public string LineOfBusiness => Spans[^1].LineOfBusiness;

    /// <summary>The span covering the day, if the member was covered then.</summary>
    public SyntheticSpan? SpanOn(DateOnly day) => Spans.FirstOrDefault(s => s.StartDate <= day && (s.EndDate is null || day <= s.EndDate));
}

/// <summary>One coverage span; <see cref="Program"/> is COD, CCN or a health network's code (Contracts' Programs).</summary>
public sealed record SyntheticSpan(
    Guid Id, string LineOfBusiness, string Program, string? PcpNpi, decimal ShareOfCost, DateOnly StartDate, DateOnly? EndDate);
