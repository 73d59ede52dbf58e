namespace Platform.Contracts.Eligibility;

/// <summary>
/// ELG-08: a member's coverage after an enrollment change, whole rather than a delta, so a service keeps what it
/// needs by replacing its copy. <see cref="Version"/> rises with every change to the member: a consumer ignores a
/// message older than what it holds, since the bus does not promise order. <see cref="MedsId"/> and <see cref="Mbi"/>
/// let a copy find the member by any id ELG-01 accepts (the roster's member id filter, RST-03); null from older senders.
/// </summary>
public sealed record MemberEligibilityChanged(
    string Cin,
    long Version,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    IReadOnlyList<CoverageSnapshot> Coverage,
    string BatchId,
    DateTimeOffset ChangedAt,
    DateOnly? DateOfDeath = null,
    string? MedsId = null,
    string? Mbi = null);

/// <summary>One coverage span: line of business as the plan names it (Medi-Cal, OneCare…), program (COD, CCN or a network code).</summary>
public sealed record CoverageSnapshot(
    string LineOfBusiness,
    string Program,
    string? PcpNpi,
    decimal ShareOfCost,
    DateOnly StartDate,
    DateOnly? EndDate);
