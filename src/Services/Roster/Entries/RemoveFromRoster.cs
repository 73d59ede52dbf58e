using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Roster.Entries;

public static class RemoveFromRoster
{
    /// <summary>
    /// RST-03's Remove from Roster: ends the entry (end date, who, when) and keeps it as history; the member leaves the list
    /// and may be added again later as a new entry. An entry of a provider outside the caller's collections, or one
    /// already removed, is not found (404). Publishes MemberRemovedFromRoster.
    /// </summary>
    public static RouteHandlerBuilder MapRemoveFromRoster(this RouteGroupBuilder rosters) => rosters
        .MapDelete("/entries/{entryId}", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
            string entryId, [AsParameters] RosterServices services, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParse(entryId, out var id))
            {
                return Problems.Invalid(nameof(entryId), "An entry id is the entryId of a roster row (a GUID).");
            }

            var db = services.Db;
            if (await db.ActiveEntries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } entry || !services.Scope.CanActFor(entry.ProviderNpi))
            {
                return Problems.NotFound($"Roster entry {id}");
            }

            var now = services.Time.GetUtcNow();
            db.AddIntegrationEvent(entry.Remove(services.User.FindFirstValue(PlatformClaims.Subject)!, now, now.PlanDay()), now);
            db.AddAudit(services.Audit, AuditActions.Delete, nameof(RosterEntry), entry.Id.ToString(), [entry.MemberCin]);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.NoContent();
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("RemoveFromRoster")
        .WithSummary("Remove from Roster (RST-03): ends a roster entry, kept as history; the member may be added again later.");
}
