using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Sessions;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

namespace Platform.Identity.Admin;

public static class DeactivateUser
{
    /// <summary>
    /// ACC-03/05: a deactivated user cannot sign in and every session of theirs ends now (refresh tokens revoked);
    /// an access token already handed out lapses within its short lifetime. Repeating it changes nothing.
    /// </summary>
    public static RouteHandlerBuilder MapDeactivateUser(this RouteGroupBuilder admin) => admin
        .MapPost("/users/{id:guid}/deactivation", async Task<Results<Ok<UserDetails>, ProblemHttpResult>> (
            Guid id, AdminScope scope, IdentityDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var user = await scope.Users(db.Users).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (user is null)
            {
                return GetUser.UserNotFound(id);
            }

            // Otherwise an office could lock out its last administrator by mistake.
            if (user.Id == scope.CallerId)
            {
                return Problems.Conflict("You cannot deactivate your own account.", "Another administrator of the office can.");
            }

            // ACC-03: every office must have a site administrator. A designation racing this one rewrites the same user
            // row, so one of the two fails on its xmin.
            if (await db.Offices.AnyAsync(o => o.SiteAdministratorId == user.Id, cancellationToken))
            {
                return Problems.Conflict("The office's site administrator cannot be deactivated.", "Designate another site administrator first.");
            }

            var now = time.GetUtcNow();
            if (user.Status == UserStatus.Active)
            {
                user.Status = UserStatus.Deactivated;
                user.DeactivatedAt = now;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.AddAudit(audit, AuditActions.Update, nameof(User), user.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            await SessionRevocation.RevokeUserAsync(db, user.Id, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Ok((await GetUser.DetailsAsync(db, scope, id, cancellationToken))!);
        })
        .WithName("DeactivateUser")
        .WithSummary("Deactivates a user and ends all their sessions (not the site administrator, not oneself).");
}
