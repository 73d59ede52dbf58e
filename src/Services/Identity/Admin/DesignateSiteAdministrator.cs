using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Offices;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Audit;

namespace Platform.Identity.Admin;

public sealed record DesignateSiteAdministratorRequest([property: Required] Guid? UserId);

public static class DesignateSiteAdministrator
{
    /// <summary>
    /// ACC-03 / EDU "change in site administrator": an active user of the office becomes its site administrator,
    /// gaining the LOA role and the Admin permission if they lacked them. The previous one keeps their account,
    /// which can then be deactivated.
    /// </summary>
    public static RouteHandlerBuilder MapDesignateSiteAdministrator(this RouteGroupBuilder admin) => admin
        .MapPut("/offices/{officeId:guid}/site-administrator", async Task<Results<Ok<OfficeSummary>, ValidationProblem, ProblemHttpResult>> (
            Guid officeId, DesignateSiteAdministratorRequest request, AdminScope scope, IdentityDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var office = await scope.Offices(db.Offices).SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken);
            if (office is null)
            {
                return Problems.NotFound($"Office {officeId}");
            }

            var user = await db.Users.SingleOrDefaultAsync(
                u => u.Id == request.UserId && u.OfficeId == officeId && u.Status == UserStatus.Active, cancellationToken);
            if (user is null)
            {
                return Problems.Invalid(nameof(request.UserId), "The site administrator must be an active user of the office.");
            }

            if (!user.Roles.Contains(Roles.Loa))
            {
                user.Roles = [.. user.Roles, Roles.Loa];
            }

            if (!user.Permissions.Contains(Modules.Admin))
            {
                user.Permissions = [.. user.Permissions, Modules.Admin];
            }

            office.SiteAdministratorId = user.Id;
            // Rewrites the user's row even when nothing of it changed, so its xmin fails a deactivation racing this.
            db.Entry(user).Property(u => u.Roles).IsModified = true;
            db.AddAudit(audit, AuditActions.Update, nameof(Office), officeId.ToString());
            db.AnnounceSiteAdministrator(office, user, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(await db.Offices.AsNoTracking().Where(o => o.Id == officeId).Select(ListOffices.Summary(db)).SingleAsync(cancellationToken));
        })
        .WithName("DesignateSiteAdministrator")
        .WithSummary("Designates an active user of the office as its site administrator (gives LOA and Admin).");
}
