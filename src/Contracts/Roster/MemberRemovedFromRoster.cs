namespace Platform.Contracts.Roster;

/// <summary>RST-03: a member was taken off a provider's roster; the entry is kept, ended on <see cref="EndDate"/>.</summary>
public sealed record MemberRemovedFromRoster(
    Guid EntryId,
    string ProviderNpi,
    string Cin,
    string RosterType,
    DateOnly EndDate,
    string RemovedBy,
    DateTimeOffset RemovedAt);
