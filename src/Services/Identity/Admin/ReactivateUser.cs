using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Audit;

namespace Platform.Identity.Admin;

public static class ReactivateUser
{
    /// <summary>ACC-03: a deactivated user may sign in again with their own password; roles and collections are kept.</summary>
    public static RouteHandlerBuilder MapReactivateUser(this RouteGroupBuilder admin) => admin
        .MapPost("/users/{id:guid}/reactivation", async Task<Results<Ok<UserDetails>, ProblemHttpResult>> (
            Guid id, AdminScope scope, IdentityDbContext db, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            var user = await scope.Users(db.Users).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (user is null)
            {
                return GetUser.UserNotFound(id);
            }

            user.Status = UserStatus.Active;
            user.DeactivatedAt = null;
            db.AddAudit(audit, AuditActions.Update, nameof(User), user.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok((await GetUser.DetailsAsync(db, scope, id, cancellationToken))!);
        })
        .WithName("ReactivateUser")
        .WithSummary("Reactivates a deactivated user.");
}
