namespace Platform.Contracts.Identity;

/// <summary>
/// A service that keeps offices' LOAs asks identity to announce every one again (OfficeSiteAdministratorChanged), as it
/// starts: announcements made before its queue existed — a first deployment, a service added later — reached nobody.
/// </summary>
public sealed record OfficeAdministratorsRequested(string Requester, DateTimeOffset RequestedAt);
