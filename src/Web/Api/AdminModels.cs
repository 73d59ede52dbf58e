namespace Platform.Web.Api;

// The identity service's Admin answers as the pages read them (its OpenAPI document describes them in full).

/// <summary>A user's status as the API names it, in a filter's query string and in its answers.</summary>
public static class UserStatuses
{
    public const string Active = "Active";
    public const string Deactivated = "Deactivated";

    public static readonly IReadOnlyList<string> All = [Active, Deactivated];
}

public sealed record UserSummary(
    Guid Id, string Email, string Name, string Status, Guid? OfficeId, IReadOnlyList<string> Roles, bool IsSiteAdministrator);

public sealed record UserOffice(Guid Id, string Name);

public sealed record UserCollection(Guid Id, string Name);

/// <summary>Version goes back with a change of access: the API refuses a change made on a stale read (409).</summary>
public sealed record UserDetailsResponse(
    Guid Id,
    string Email,
    string Name,
    string Status,
    UserOffice? Office,
    bool IsSiteAdministrator,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<UserCollection> Collections,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeactivatedAt,
    uint Version);

/// <summary>The user's whole access: what is left out is taken away, collections included.</summary>
public sealed record ChangeUserAccessRequest(
    IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, IReadOnlyList<Guid> CollectionIds, uint Version);

public sealed record SiteAdministrator(Guid Id, string Name, string Email);

public sealed record OfficeSummary(Guid Id, string Name, string Tin, SiteAdministrator? SiteAdministrator);

public sealed record DesignateSiteAdministratorRequest(Guid UserId);

public sealed record ProviderSummary(string Npi, string ProviderId, string Name, string Tin, Guid OfficeId);
