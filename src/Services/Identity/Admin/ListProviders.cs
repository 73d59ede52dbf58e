using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Identity.Data;
using Platform.ServiceDefaults;

namespace Platform.Identity.Admin;

public sealed record ProviderSummary(string Npi, string ProviderId, string Name, string Tin, Guid OfficeId);

public static class ListProviders
{
    /// <summary>
    /// ACC-04 (R14 Collection Manager): the providers of the offices the caller administers, searched by name or
    /// provider id and filtered by TIN, in provider-id order (unique: the keyset).
    /// </summary>
    public static RouteHandlerBuilder MapListProviders(this RouteGroupBuilder admin) => admin
        .MapGet("/providers", async Task<Results<Ok<Page<ProviderSummary>>, ValidationProblem>> (
            AdminScope scope, IdentityDbContext db, CancellationToken cancellationToken,
            string? search = null, string? tin = null, string? after = null, int limit = Page<ProviderSummary>.DefaultLimit) =>
        {
            if (ListQuery.InvalidLimit(limit) is { } invalidLimit)
            {
                return invalidLimit;
            }

            string? tinDigits = null;
            if (tin is not null)
            {
                if (!Tin.TryParse(tin, out var parsed))
                {
                    return Problems.Invalid(nameof(tin), "A TIN is nine digits (12-3456789 or 123456789).");
                }

                tinDigits = parsed.Value;
            }

            var term = ListQuery.SearchTerm(search);
            var rows = await scope.Providers(db.Providers.AsNoTracking())
                .Where(p => term == null || p.Name.ToLower().Contains(term) || p.ProviderId.ToLower().Contains(term))
                .Where(p => tinDigits == null || p.Tin == tinDigits)
                .Where(p => after == null || string.Compare(p.ProviderId, after) > 0)
                .OrderBy(p => p.ProviderId)
                .Take(limit + 1)
                .Select(p => new ProviderSummary(p.Npi, p.ProviderId, p.Name, p.Tin, p.OfficeId))
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(Page<ProviderSummary>.From(rows, limit, p => p.ProviderId));
        })
        .WithName("ListProviders")
        .WithSummary("Providers of the offices the caller administers: search by name or provider id, filter by TIN (ACC-04).");
}
