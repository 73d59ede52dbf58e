namespace Platform.Web.Api;

// The eligibility service's answers as the pages read them (its OpenAPI document describes them in full).

public sealed record MemberSummary(string Cin, string MedsId, string? Mbi, string FirstName, string LastName, DateOnly DateOfBirth);

public sealed record MemberLookupResult(
    MemberSummary? Member, string Status, string? LineOfBusiness, string? Network, string? NetworkName, string? PcpNpi, string? PcpName, decimal? ShareOfCost);

public sealed record MemberLookupResponse(DateOnly DateOfService, IReadOnlyList<MemberLookupResult> Results);

public sealed record MemberDemographics(
    string Cin, string MedsId, string? Mbi, string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string PreferredLanguage);

public sealed record CoverageView(
    string LineOfBusiness, string Program, string ProgramName, string? PcpNpi, string? PcpName, decimal ShareOfCost, DateOnly StartDate, DateOnly? EndDate);

public sealed record FaceSheetResponse(
    MemberDemographics Member, DateOnly AsOf, string Status, CoverageView? Current, IReadOnlyList<CoverageView> Coverage,
    int ClaimsLastTwoYears, int ReferralsLastTwoYears);

public sealed record PcpChangePreview(DateOnly RequestedOn, bool SawAssignedPcpThisMonth, DateOnly EffectiveDate);

public sealed record PcpChangeResponse(Guid Id, string Cin, string NewPcpNpi, string NewPcpName, DateOnly RequestedOn, DateOnly EffectiveDate);

public sealed record HealthNetworkResponse(string Code, string Name, string Phone, string PhoneMenu, string? RiskType);

public sealed record AccessStandardResponse(string Category, string TypeOfCare, string Standard);

/// <summary>The provider directory's page (DSP-02's Provider Details, REF-01's referred-to provider search).</summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryProvider> Items, string? Next = null);

/// <summary>A directory entry: the NPI is the plan's provider id; Tertiary raises REF-06's warning when referred to.</summary>
public sealed record DirectoryProvider(string Npi, string Tin, string Name, string Type, string Specialty, bool Tertiary = false);
