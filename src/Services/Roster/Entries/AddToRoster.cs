using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Contracts.Identifiers;
using Platform.Roster.Data;
using Platform.Roster.Members;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Roster.Entries;

/// <summary>One provider's roster entry for the member; <see cref="Added"/> is false when the member was on it already.</summary>
public sealed record RosterEntryResponse(Guid EntryId, string ProviderNpi, string RosterType, DateOnly StartDate, bool Added);

public sealed record AddToRosterResponse(string Cin, string? Name, IReadOnlyList<RosterEntryResponse> Entries);

/// <summary>What adding needs besides the request, bundled for the handler.</summary>
public sealed record RosterServices(ClaimsPrincipal User, CallerScope Scope, RosterDbContext Db, IAuditTrail Audit, TimeProvider Time);

public static class AddToRoster
{
    /// <summary>
    /// RST-02: puts a member the caller may see (ACC-01: a member of one of their PCPs; the plan sees all), or an office's new
    /// patient named by exact id and date of birth (ELG-01), on the roster of
    /// each chosen provider of the caller's collections. Anything else is not found (404). A member already on a
    /// provider's roster stays as they are (the entry is answered, Added false, its start date kept): a re-add is a no-op,
    /// 200 when nothing was added, 201 when something was. Each new entry publishes MemberAddedToRoster.
    /// </summary>
    public static RouteHandlerBuilder MapAddToRoster(this RouteGroupBuilder rosters) => rosters
        .MapPost("/entries", async Task<Results<Created<AddToRosterResponse>, Ok<AddToRosterResponse>, ValidationProblem, ProblemHttpResult>> (
            AddToRosterRequest request, [AsParameters] RosterServices services, CancellationToken cancellationToken) =>
        {
            try
            {
                return await AddAsync(request, services, cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A concurrent add of the same member made the entry first: answer as a re-add.
                services.Db.ChangeTracker.Clear();
                return await AddAsync(request, services, cancellationToken);
            }
        })
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithName("AddToRoster")
        .WithSummary("Add To My Roster (RST-02): a member (CIN, MEDS ID or MBI) on the BH roster of one or more of the caller's providers, from the relationship date (today by default) — the members whose supplemental documentation the BH P4V program needs (RST-04).");

    private static async Task<Results<Created<AddToRosterResponse>, Ok<AddToRosterResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddToRosterRequest request, RosterServices services, CancellationToken cancellationToken)
    {
        var (db, scope) = (services.Db, services.Scope);
        MemberId.TryParse(request.MemberId, out var id);
        var copies = await db.Members.AsNoTracking().Where(RosterMember.Identified(id)).ToListAsync(cancellationToken);
        if (copies.Find(m => m.IsVisibleTo(scope) || m.IsVerifiedBy(scope, request.DateOfBirth)) is not { } member)
        {
            return Problems.NotFound($"Member {id.Value}");
        }

        string[] npis = [.. request.ProviderNpis!.Distinct()];
        var known = await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).Select(p => p.Npi).ToListAsync(cancellationToken);
        // ACC-01: a provider outside the caller's collections is not found, as one the directory lacks.
        if (npis.FirstOrDefault(npi => !scope.CanActFor(npi) || !known.Contains(npi)) is { } unknown)
        {
            return Problems.NotFound($"Provider {unknown}");
        }

        var type = RosterTypes.Parse(request.RosterType)!;
        var current = await db.ActiveEntries.Where(e => e.MemberCin == member.Cin && e.RosterType == type && npis.Contains(e.ProviderNpi))
            .ToDictionaryAsync(e => e.ProviderNpi, cancellationToken);
        var now = services.Time.GetUtcNow();
        var by = services.User.FindFirstValue(PlatformClaims.Subject)!;
        var entries = new List<RosterEntryResponse>();
        foreach (var npi in npis)
        {
            if (current.TryGetValue(npi, out var kept))
            {
                entries.Add(new(kept.Id, npi, type, kept.StartDate, Added: false));
                continue;
            }

            var entry = new RosterEntry
            {
                Id = Guid.CreateVersion7(now), ProviderNpi = npi, MemberCin = member.Cin, RosterType = type,
                StartDate = request.RelationshipDate ?? now.PlanDay(), AddedBy = by, AddedAt = now,
            };
            db.RosterEntries.Add(entry);
            db.AddIntegrationEvent(entry.Added(), now);
            db.AddAudit(services.Audit, AuditActions.Create, nameof(RosterEntry), entry.Id.ToString(), [member.Cin]);
            entries.Add(new(entry.Id, npi, type, entry.StartDate, Added: true));
        }

        await db.SaveChangesAsync(cancellationToken);
        var response = new AddToRosterResponse(member.Cin, member.Name, entries);
        return entries.Exists(e => e.Added)
            ? TypedResults.Created($"/api/v1/rosters/{entries.First(e => e.Added).ProviderNpi}/members?memberId={member.Cin}", response)
            : TypedResults.Ok(response);
    }
}
