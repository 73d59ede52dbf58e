using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults;

namespace Platform.Eligibility.Providers;

public sealed record ProviderResponse(
    string Npi, string Tin, string Name, ProviderType Type, string Specialty, bool Tertiary, IReadOnlyList<string> Networks, DateOnly JoinedOn);

public static class SearchProviders
{
    /// <summary>
    /// The directory for referrals, rosters and the web: by part of the name or the exact NPI (the provider id),
    /// filtered by TIN, in NPI order (unique: the keyset). A directory holds no PHI, so it is neither scoped nor audited.
    /// </summary>
    public static RouteHandlerBuilder MapSearchProviders(this RouteGroupBuilder providers) => providers
        .MapGet("/", async Task<Results<Ok<Page<ProviderResponse>>, ValidationProblem>> (
            EligibilityDbContext db, CancellationToken cancellationToken,
            string? search = null, string? tin = null, string? after = null, int limit = Page<ProviderResponse>.DefaultLimit) =>
        {
            if (!Page<ProviderResponse>.IsValidLimit(limit))
            {
                return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<ProviderResponse>.MaxLimit}.");
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

            var term = string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLower();
            var rows = await db.Providers.AsNoTracking()
                .Where(p => term == null || p.Name.ToLower().Contains(term) || p.Npi == term)
                .Where(p => tinDigits == null || p.Tin == tinDigits)
                .Where(p => after == null || string.Compare(p.Npi, after) > 0)
                .OrderBy(p => p.Npi)
                .Take(limit + 1)
                .Select(p => new ProviderResponse(p.Npi, p.Tin, p.Name, p.Type, p.Specialty, p.Tertiary, p.Networks, p.JoinedOn))
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(Page<ProviderResponse>.From(rows, limit, p => p.Npi));
        })
        .WithName("SearchProviders")
        .WithSummary("Providers by name or NPI, filtered by TIN, keyset-paginated.");
}
