using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Users;
using Platform.ServiceDefaults;

namespace Platform.Identity.Admin;

public sealed record UserOffice(Guid Id, string Name);

public sealed record UserCollection(Guid Id, string Name);

/// <summary>
/// One account as its administrator sees it. <see cref="Version"/> goes back with a change of access, so a change
/// made on a stale read is refused rather than silently overwriting someone else's.
/// </summary>
public sealed record UserDetails(
    Guid Id,
    string Email,
    string Name,
    UserStatus Status,
    UserOffice? Office,
    bool IsSiteAdministrator,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<UserCollection> Collections,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeactivatedAt,
    uint Version);

public static class GetUser
{
    public static RouteHandlerBuilder MapGetUser(this RouteGroupBuilder admin) => admin
        .MapGet("/users/{id:guid}", async Task<Results<Ok<UserDetails>, ProblemHttpResult>> (
                Guid id, AdminScope scope, IdentityDbContext db, CancellationToken cancellationToken) =>
            await DetailsAsync(db, scope, id, cancellationToken) is { } user ? TypedResults.Ok(user) : UserNotFound(id))
        .WithName("GetUser")
        .WithSummary("A user of an office the caller administers: roles, module permissions, collections, status (ACC-03).");

    /// <summary>The user as stored now, or null when they are not in the caller's scope.</summary>
    public static Task<UserDetails?> DetailsAsync(IdentityDbContext db, AdminScope scope, Guid id, CancellationToken cancellationToken) =>
        scope.Users(db.Users.AsNoTracking())
            .Where(u => u.Id == id)
            .Select(u => new UserDetails(
                u.Id, u.Email, u.Name, u.Status,
                db.Offices.Where(o => o.Id == u.OfficeId).Select(o => new UserOffice(o.Id, o.Name)).SingleOrDefault(),
                db.Offices.Any(o => o.SiteAdministratorId == u.Id),
                u.Roles, u.Permissions,
                u.Collections.OrderBy(c => c.Name).Select(c => new UserCollection(c.Id, c.Name)).ToList(),
                u.CreatedAt, u.DeactivatedAt, u.Version))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The same answer whether the user exists elsewhere or nowhere, so other offices' accounts do not leak.</summary>
    public static ProblemHttpResult UserNotFound(Guid id) => Problems.NotFound($"User {id}");
}
