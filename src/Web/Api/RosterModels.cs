namespace Platform.Web.Api;

// The roster service's answers as the pages read them (its OpenAPI document describes them in full).

/// <summary>RST-02: the one roster type so far, behavioral health.</summary>
public static class RosterTypes
{
    public const string BehavioralHealth = "BH";

    public static readonly IReadOnlyList<string> All = [BehavioralHealth];
}

public sealed record RosterProvider(string Npi, string Name, string Tin, string Type, string Specialty, int RosterMembers);

public sealed record RosterMember(Guid EntryId, string Cin, string? MedsId, string? Mbi, string? Name, string RosterType, DateOnly StartDate);

public sealed record AddToRosterRequest(string MemberId, IReadOnlyList<string> ProviderNpis, string RosterType, DateOnly? RelationshipDate, DateOnly? DateOfBirth);

public sealed record RosterEntryResult(Guid EntryId, string ProviderNpi, string RosterType, DateOnly StartDate, bool Added);

public sealed record AddToRosterResponse(string Cin, string? Name, IReadOnlyList<RosterEntryResult> Entries);
