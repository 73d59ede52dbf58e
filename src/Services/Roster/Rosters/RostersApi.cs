using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Roster.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Roster.Rosters;

public sealed record RosterMemberResponse(string Cin, string Name, string RosterType, DateOnly StartDate);

public static class RostersApi
{
    /// <summary>ACC-01: a provider outside the caller's collection has no roster for them (404), never a 403.</summary>
    public static IEndpointRouteBuilder MapRostersApi(this IEndpointRouteBuilder app)
    {
        var rosters = app.MapApiGroup("/api/v1/rosters", "Rosters").RequireAuthorization(Modules.Roster);

        rosters.MapGet("/{npi}/members", async Task<Results<Ok<Page<RosterMemberResponse>>, ValidationProblem, ProblemHttpResult>> (
                string npi, CallerScope scope, RosterDbContext db, IAuditTrail audit, CancellationToken cancellationToken, string? after = null, int limit = Page<RosterMemberResponse>.DefaultLimit) =>
            {
                if (!Npi.TryParse(npi, out var provider))
                {
                    return Problems.Invalid(nameof(npi), Npi.Message);
                }

                if (!scope.CanActFor(provider.Value))
                {
                    return Problems.NotFound($"Provider {provider.Value}");
                }

                if (!Page<RosterMemberResponse>.IsValidLimit(limit))
                {
                    return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<RosterMemberResponse>.MaxLimit}.");
                }

                // RST-02: BH is the only roster type, so a CIN is unique within a provider's roster and can be the cursor.
                var rows = await db.RosterEntries.AsNoTracking()
                    .Where(e => e.ProviderNpi == provider.Value && (after == null || string.Compare(e.MemberCin, after) > 0))
                    .OrderBy(e => e.MemberCin)
                    .Take(limit + 1)
                    .Select(e => new RosterMemberResponse(e.MemberCin, e.MemberName, e.RosterType, e.StartDate))
                    .ToListAsync(cancellationToken);
                var page = Page<RosterMemberResponse>.From(rows, limit, m => m.Cin);
                // ACC-05: the members this page shows, durable before it is sent.
                await audit.RecordReadAsync("Roster", provider.Value, [.. page.Items.Select(m => m.Cin)], ct: cancellationToken);
                return TypedResults.Ok(page);
            })
            .WithName("ListRosterMembers")
            .WithSummary("The members on a provider's roster (RST-03), by CIN, keyset-paginated.");
        return app;
    }
}
