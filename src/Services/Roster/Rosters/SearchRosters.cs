using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Roster.Data;
using Platform.Roster.Directory;
using Platform.Roster.Members;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Roster.Rosters;

public static class SearchRosters
{
    /// <summary>
    /// RST-03's first step: the caller's providers that keep a roster (members on it now), by part of the name, provider id,
    /// TIN, or a member id (CIN, MEDS ID or MBI) on their roster. Naming a member reads PHI (that they are on the rosters
    /// listed): audited (ACC-05).
    /// </summary>
    public static RouteHandlerBuilder MapSearchRosters(this RouteGroupBuilder rosters) => rosters
        .MapGet("/", async Task<Results<Ok<Page<RosterProvider>>, ValidationProblem>> (
            CallerScope scope, RosterDbContext db, IAuditTrail audit, CancellationToken cancellationToken,
            string? name = null, string? npi = null, string? tin = null, string? memberId = null, string? after = null, int limit = Page<RosterProvider>.DefaultLimit) =>
        {
            if (ProviderSearch.Problem(name, npi, tin, after, limit) is { } problem)
            {
                return problem;
            }

            MemberId id = default;
            if (memberId is not null && !MemberId.TryParse(memberId, out id))
            {
                return Problems.Invalid(nameof(memberId), MemberId.Formats);
            }

            List<string>? cins = memberId is null ? null : await db.CinsAsync(id, cancellationToken);
            var providers = db.Matching(scope, name, npi, tin, after).AsNoTracking()
                .Where(p => db.ActiveEntries.Any(e => e.ProviderNpi == p.Npi && (cins == null || cins.Contains(e.MemberCin))));
            var page = Page<RosterProvider>.From(await db.Rows(providers, limit).ToListAsync(cancellationToken), limit, p => p.Npi);
            if (cins is not null && page.Items.Count > 0)
            {
                await audit.RecordReadAsync("Roster", "*", cins, ct: cancellationToken);
            }

            return TypedResults.Ok(page);
        })
        .WithName("SearchRosters")
        .WithSummary("Providers of the caller's with a BH roster — the members whose supplemental documentation the BH P4V program needs (RST-03/04) — by name, provider id, TIN or a member id on it; keyset-paginated.");
}
