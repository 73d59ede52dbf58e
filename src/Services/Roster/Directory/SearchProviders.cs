using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Roster.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Roster.Directory;

public static class SearchProviders
{
    /// <summary>
    /// RST-02: "Add To My Roster"'s provider search — the caller's providers by name, provider id or TIN — from which one
    /// or more are chosen. The directory holds no PHI: not audited.
    /// </summary>
    public static RouteHandlerBuilder MapSearchProviders(this RouteGroupBuilder rosters) => rosters
        .MapGet("/providers", async Task<Results<Ok<Page<RosterProvider>>, ValidationProblem>> (
            CallerScope scope, RosterDbContext db, CancellationToken cancellationToken,
            string? name = null, string? npi = null, string? tin = null, string? after = null, int limit = Page<RosterProvider>.DefaultLimit) =>
        {
            if (ProviderSearch.Problem(name, npi, tin, after, limit) is { } problem)
            {
                return problem;
            }

            var rows = await db.Rows(db.Matching(scope, name, npi, tin, after).AsNoTracking(), limit).ToListAsync(cancellationToken);
            return TypedResults.Ok(Page<RosterProvider>.From(rows, limit, p => p.Npi));
        })
        .WithName("SearchRosterProviders")
        .WithSummary("The caller's providers a member can be added to the roster of (RST-02): by part of the name, provider id (NPI) or TIN, in NPI order; keyset-paginated.");
}
