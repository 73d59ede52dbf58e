using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.ServiceDefaults;

namespace Platform.Identity.Admin;

public sealed record CollectionProvider(string Npi, string ProviderId, string Name, string Tin);

public sealed record CollectionSummary(Guid Id, string Name, IReadOnlyList<CollectionProvider> Providers);

public static class ListCollections
{
    /// <summary>ACC-01/04: an office's collections (named sets of its providers), in name order (unique within an office).</summary>
    public static RouteHandlerBuilder MapListCollections(this RouteGroupBuilder admin) => admin
        .MapGet("/offices/{officeId:guid}/collections", async Task<Results<Ok<Page<CollectionSummary>>, ValidationProblem, ProblemHttpResult>> (
            Guid officeId, AdminScope scope, IdentityDbContext db, CancellationToken cancellationToken,
            string? after = null, int limit = Page<CollectionSummary>.DefaultLimit) =>
        {
            if (ListQuery.InvalidLimit(limit) is { } invalidLimit)
            {
                return invalidLimit;
            }

            if (!await scope.Offices(db.Offices).AnyAsync(o => o.Id == officeId, cancellationToken))
            {
                return Problems.NotFound($"Office {officeId}");
            }

            var rows = await db.Collections.AsNoTracking()
                .Where(c => c.OfficeId == officeId && (after == null || string.Compare(c.Name, after) > 0))
                .OrderBy(c => c.Name)
                .Take(limit + 1)
                .Select(c => new CollectionSummary(c.Id, c.Name,
                    c.Providers.OrderBy(p => p.Name).Select(p => new CollectionProvider(p.Npi, p.ProviderId, p.Name, p.Tin)).ToList()))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(Page<CollectionSummary>.From(rows, limit, c => c.Name));
        })
        .WithName("ListCollections")
        .WithSummary("An office's collections with their providers.");
}
