using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Offices;
using Platform.ServiceDefaults;

namespace Platform.Identity.Admin;

public sealed record SiteAdministrator(Guid Id, string Name, string Email);

public sealed record OfficeSummary(Guid Id, string Name, string Tin, SiteAdministrator? SiteAdministrator);

public static class ListOffices
{
    /// <summary>ACC-03: the offices the caller administers (an LOA's one, an EA's all), with each one's site administrator.</summary>
    public static RouteHandlerBuilder MapListOffices(this RouteGroupBuilder admin) => admin
        .MapGet("/offices", async Task<Results<Ok<Page<OfficeSummary>>, ValidationProblem>> (
            AdminScope scope, IdentityDbContext db, CancellationToken cancellationToken,
            Guid? after = null, int limit = Page<OfficeSummary>.DefaultLimit) =>
        {
            if (ListQuery.InvalidLimit(limit) is { } invalidLimit)
            {
                return invalidLimit;
            }

            var offices = scope.Offices(db.Offices.AsNoTracking());
            if (after is { } last)
            {
                offices = offices.Where(o => o.Id.CompareTo(last) > 0);
            }

            // Ids are version 7 GUIDs: their order is the order offices registered in.
            var rows = await offices
                .OrderBy(o => o.Id)
                .Take(limit + 1)
                .Select(Summary(db))
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(Page<OfficeSummary>.From(rows, limit, o => o.Id.ToString()));
        })
        .WithName("ListOffices")
        .WithSummary("Offices the caller administers, with their site administrators.");

    public static Expression<Func<Office, OfficeSummary>> Summary(IdentityDbContext db) => o => new OfficeSummary(
        o.Id, o.Name, o.Tin,
        db.Users.Where(u => u.Id == o.SiteAdministratorId).Select(u => new SiteAdministrator(u.Id, u.Name, u.Email)).SingleOrDefault());
}
