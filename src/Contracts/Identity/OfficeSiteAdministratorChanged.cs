namespace Platform.Contracts.Identity;

/// <summary>
/// ACC-03: the office's site administrator (its LOA) is now this user. Services that write to an office's LOA keep
/// the latest of these (DSP-06: the dispute acknowledgment goes to the office's LOA too).
/// </summary>
public sealed record OfficeSiteAdministratorChanged(Guid OfficeId, Guid UserId, string Name, string Email, DateTimeOffset ChangedAt);
