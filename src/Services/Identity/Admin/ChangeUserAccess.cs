using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Audit;

namespace Platform.Identity.Admin;

/// <summary>
/// The user's whole access, replacing what they had; Version is the one read with it (GET the user). Every list is
/// required: a list left out must not be taken for "remove them all" (send [] for that).
/// </summary>
public sealed record ChangeUserAccessRequest(
    [property: Required] IReadOnlyList<string> Roles,
    [property: Required] IReadOnlyList<string> Permissions,
    [property: Required] IReadOnlyList<Guid> CollectionIds,
    [property: Required] uint? Version) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => UserAccess.ValidateLists(Roles, Permissions);
}

public static class ChangeUserAccess
{
    /// <summary>
    /// ACC-03: the site administrator edits a user's roles, module permissions and collections. The change applies
    /// from the user's next token (at most one access-token lifetime away): a refresh reads the account afresh.
    /// </summary>
    public static RouteHandlerBuilder MapChangeUserAccess(this RouteGroupBuilder admin) => admin
        .MapPut("/users/{id:guid}/access", async Task<Results<Ok<UserDetails>, ValidationProblem, ProblemHttpResult>> (
            Guid id, ChangeUserAccessRequest request, AdminScope scope, IdentityDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            var user = await scope.Users(db.Users).Include(u => u.Collections).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (user is null)
            {
                return GetUser.UserNotFound(id);
            }

            var (collections, problem) = await UserAccess.ResolveAsync(db, scope, user.OfficeId, request.Roles, request.CollectionIds, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var permissions = request.Permissions.Distinct().ToList();
            // ACC-03: every office keeps a site administrator who can administer it.
            if (await db.Offices.AnyAsync(o => o.SiteAdministratorId == user.Id, cancellationToken)
                && !(request.Roles.Contains(Roles.Loa) && permissions.Contains(Modules.Admin)))
            {
                return Problems.Conflict("The office's site administrator keeps the LOA role and the Admin permission.",
                    "Designate another site administrator first.");
            }

            // Saved only if nobody changed the user since the caller read them.
            db.Entry(user).Property(u => u.Version).OriginalValue = request.Version!.Value;
            user.Roles = [.. request.Roles.Distinct()];
            user.Permissions = permissions;
            // Same tracked instances on both sides (one context), so the difference is by reference.
            user.Collections.RemoveAll(c => !collections.Contains(c));
            user.Collections.AddRange(collections.Except(user.Collections).ToList());
            // Collections live in a join table; rewriting the user's row as well makes its xmin guard them too.
            db.Entry(user).Property(u => u.Roles).IsModified = true;
            db.AddAudit(audit, AuditActions.Update, nameof(User), user.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok((await GetUser.DetailsAsync(db, scope, id, cancellationToken))!);
        })
        .WithName("ChangeUserAccess")
        .WithSummary("Replaces a user's roles, module permissions and collections (409 if the user changed since it was read).");
}
