using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Roster.Data;
using Platform.Roster.Members;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Roster.Rosters;

/// <summary>A roster row (RST-03): the member's name and ids, the roster type and the relationship's start date; the entry id removes it.</summary>
public sealed record RosterMemberResponse(Guid EntryId, string Cin, string? MedsId, string? Mbi, string? Name, string RosterType, DateOnly StartDate);

public static class ListRosterMembers
{
    /// <summary>
    /// RST-03: the members on a provider's roster now, filtered by roster type and member id (CIN, MEDS ID or MBI), in
    /// (CIN, roster type) order. ACC-01: a provider outside the caller's collection has no roster for them (404).
    /// </summary>
    public static RouteHandlerBuilder MapListRosterMembers(this RouteGroupBuilder rosters) => rosters
        .MapGet("/{npi}/members", async Task<Results<Ok<Page<RosterMemberResponse>>, ValidationProblem, ProblemHttpResult>> (
            string npi, CallerScope scope, RosterDbContext db, IAuditTrail audit, CancellationToken cancellationToken,
            string? rosterType = null, string? memberId = null, string? after = null, int limit = Page<RosterMemberResponse>.DefaultLimit) =>
        {
            if (!Npi.TryParse(npi, out var provider))
            {
                return Problems.Invalid(nameof(npi), Npi.Message);
            }

            if (Problem(rosterType, memberId, after, limit) is { } problem)
            {
                return problem;
            }

            if (!scope.CanActFor(provider.Value))
            {
                return Problems.NotFound($"Provider {provider.Value}");
            }

            var type = RosterTypes.Parse(rosterType);
            List<string>? cins = MemberId.TryParse(memberId, out var id) ? await db.CinsAsync(id, cancellationToken) : null;
            RosterCursor? cursor = RosterCursor.TryParse(after, out var parsed) ? parsed : null;
            var (afterCin, afterType) = (cursor?.Cin, cursor?.RosterType);
            var rows = await (
                    from e in db.ActiveEntries.AsNoTracking()
                    where e.ProviderNpi == provider.Value && (type == null || e.RosterType == type) && (cins == null || cins.Contains(e.MemberCin))
                        && (afterCin == null || string.Compare(e.MemberCin, afterCin) > 0 || (e.MemberCin == afterCin && string.Compare(e.RosterType, afterType) > 0))
                    join m in db.Members on e.MemberCin equals m.Cin into copies
                    from m in copies.DefaultIfEmpty()
                    orderby e.MemberCin, e.RosterType
                    select new RosterMemberResponse(e.Id, e.MemberCin, m == null ? null : m.MedsId, m == null ? null : m.Mbi,
                        m == null ? null : m.LastName + ", " + m.FirstName, e.RosterType, e.StartDate))
                .Take(limit + 1)
                .ToListAsync(cancellationToken);
            var page = Page<RosterMemberResponse>.From(rows, limit, m => RosterCursor.Of(m.Cin, m.RosterType));
            // ACC-05: the members this page shows, durable before it is sent.
            await audit.RecordReadAsync("Roster", provider.Value, [.. page.Items.Select(m => m.Cin).Distinct()], ct: cancellationToken);
            return TypedResults.Ok(page);
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("ListRosterMembers")
        .WithSummary("The members on a provider's BH roster — those whose supplemental documentation the BH P4V program needs (RST-03/04) — by roster type and member id (CIN, MEDS ID or MBI); keyset-paginated.");

    private static ValidationProblem? Problem(string? rosterType, string? memberId, string? after, int limit) => (rosterType, memberId, after) switch
    {
        (not null, _, _) when RosterTypes.Parse(rosterType) is null => Problems.Invalid(nameof(rosterType), RosterTypes.Message),
        (_, not null, _) when !MemberId.TryParse(memberId, out _) => Problems.Invalid(nameof(memberId), MemberId.Formats),
        (_, _, not null) when !RosterCursor.TryParse(after, out _) => Problems.Invalid(nameof(after), RosterCursor.Message),
        _ when !Page<RosterMemberResponse>.IsValidLimit(limit) => Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<RosterMemberResponse>.MaxLimit}."),
        _ => null,
    };
}
