namespace Platform.Contracts.Roster;

/// <summary>
/// RST-02/04: a member was put on a provider's roster of a type (BH: the members whose supplemental documentation the
/// BH pay-for-value program needs) from <see cref="StartDate"/>, the relationship date.
/// </summary>
public sealed record MemberAddedToRoster(
    Guid EntryId,
    string ProviderNpi,
    string Cin,
    string RosterType,
    DateOnly StartDate,
    string AddedBy,
    DateTimeOffset AddedAt);
