using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Admin;

public sealed record UserSummary(
    Guid Id, string Email, string Name, UserStatus Status, Guid? OfficeId, IReadOnlyList<string> Roles, bool IsSiteAdministrator);

public static class ListUsers
{
    /// <summary>
    /// ACC-03/04: the Collection Manager's user list — an LOA's own office, an EA's every office (or one, by
    /// officeId) — searched by name or email and filtered by status or role, in email order (unique: the keyset).
    /// </summary>
    public static RouteHandlerBuilder MapListUsers(this RouteGroupBuilder admin) => admin
        .MapGet("/users", async Task<Results<Ok<Page<UserSummary>>, ValidationProblem, ProblemHttpResult>> (
            AdminScope scope, IdentityDbContext db, CancellationToken cancellationToken,
            Guid? officeId = null, string? search = null, UserStatus? status = null, string? role = null,
            string? after = null, int limit = Page<UserSummary>.DefaultLimit) =>
        {
            if (ListQuery.InvalidLimit(limit) is { } invalidLimit)
            {
                return invalidLimit;
            }

            // A number binds to an enum too ("status=7"); only the named states are statuses.
            if (status is { } given && !Enum.IsDefined(given))
            {
                return Problems.Invalid(nameof(status), $"status is one of {string.Join(", ", Enum.GetNames<UserStatus>())}.");
            }

            if (role is not null && !Roles.ForUsers.Contains(role))
            {
                return Problems.Invalid(nameof(role), $"role is one of {string.Join(", ", Roles.ForUsers)}.");
            }

            if (officeId is not null && !await scope.Offices(db.Offices).AnyAsync(o => o.Id == officeId, cancellationToken))
            {
                return Problems.NotFound($"Office {officeId}");
            }

            var term = ListQuery.SearchTerm(search);
            var rows = await scope.Users(db.Users.AsNoTracking())
                .Where(u => officeId == null || u.OfficeId == officeId)
                .Where(u => term == null || u.Name.ToLower().Contains(term) || u.Email.Contains(term))
                .Where(u => status == null || u.Status == status)
                .Where(u => role == null || u.Roles.Contains(role))
                .Where(u => after == null || string.Compare(u.Email, after) > 0)
                .OrderBy(u => u.Email)
                .Take(limit + 1)
                .Select(u => new UserSummary(u.Id, u.Email, u.Name, u.Status, u.OfficeId, u.Roles, db.Offices.Any(o => o.SiteAdministratorId == u.Id)))
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(Page<UserSummary>.From(rows, limit, u => u.Email));
        })
        .WithName("ListUsers")
        .WithSummary("Users of the offices the caller administers: search by name or email, filter by status or role (ACC-04).");
}
