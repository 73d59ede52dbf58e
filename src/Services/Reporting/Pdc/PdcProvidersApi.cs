using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Reporting.Data;
using Platform.Reporting.Directory;
using Platform.Reporting.Pdc.Workbook;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Pdc;

/// <summary>A row of the PCP / Prescriber view.</summary>
public sealed record PdcProvider(string Npi, string Tin, string Name, string Type, string Specialty);

/// <summary>The PCP / Prescriber view's filters (RPT-02): any of name (part of it), TIN and NPI.</summary>
public sealed record PdcProviderFilter(string? Name = null, string? Tin = null, string? Npi = null)
{
    public const int MaxNameLength = 100;

    public bool IsEmpty => Name is null && Tin is null && Npi is null;

    public ValidationProblem? Problem() => this switch
    {
        { Name: { } name } when name.Trim().Length is 0 or > MaxNameLength => Problems.Invalid(nameof(Name), $"name is 1 to {MaxNameLength} characters."),
        { Tin: not null } when !Contracts.Identifiers.Tin.TryParse(Tin, out _) => Problems.Invalid(nameof(Tin), Contracts.Identifiers.Tin.Message),
        { Npi: not null } when !Contracts.Identifiers.Npi.TryParse(Npi, out _) => Problems.Invalid(nameof(Npi), Contracts.Identifiers.Npi.Message),
        _ => null,
    };

    /// <summary>ACC-01/06: the directory's providers the caller may see — every one for the plan, the partner's network's, the office's own — filtered.</summary>
    public IQueryable<ReportingProvider> Apply(ReportingDbContext db, CallerScope scope)
    {
        var providers = db.Providers.AsNoTracking();
        if (!scope.IsPlanWide)
        {
            var (network, npis) = (scope.Network, scope.Npis.ToArray());
            providers = network is not null ? providers.Where(p => p.Networks.Contains(network)) : providers.Where(p => npis.Contains(p.Npi));
        }

        var term = Name?.Trim().ToLowerInvariant();
        var tin = Contracts.Identifiers.Tin.TryParse(Tin, out var parsedTin) ? parsedTin.Value : null;
        return providers.Where(p => (term == null || p.Name.ToLower().Contains(term)) && (tin == null || p.Tin == tin) && (Npi == null || p.Npi == Npi));
    }
}

/// <summary>RPT-02's PCP / Prescriber view: the caller's providers, filterable and paged, and "Download PDC Report" for the filtered ones.</summary>
public static class PdcProvidersApi
{
    public static RouteGroupBuilder MapPdcProvidersApi(this RouteGroupBuilder pdc)
    {
        pdc.MapGet("/providers", async Task<Results<Ok<Page<PdcProvider>>, ValidationProblem>> (
                [AsParameters] PdcServices services, CancellationToken cancellationToken,
                string? name = null, string? tin = null, string? npi = null, string? after = null, int limit = Page<PdcProvider>.DefaultLimit) =>
            {
                var filter = new PdcProviderFilter(name, tin, npi);
                if (filter.Problem() is { } problem)
                {
                    return problem;
                }

                if (after is not null && !Npi.TryParse(after, out _))
                {
                    return Problems.Invalid(nameof(after), "after must be the next value of a previous page.");
                }

                if (!Page<PdcProvider>.IsValidLimit(limit))
                {
                    return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<PdcProvider>.MaxLimit}.");
                }

                var found = await filter.Apply(services.Db, services.Scope)
                    .Where(p => after == null || string.Compare(p.Npi, after) > 0)
                    .OrderBy(p => p.Npi)
                    .Take(limit + 1)
                    .Select(p => new PdcProvider(p.Npi, p.Tin, p.Name, p.Type, p.Specialty))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(Page<PdcProvider>.From(found, limit, p => p.Npi));
            })
            .WithName("ListPdcProviders")
            .WithSummary("The PDC report's PCP / Prescriber view (RPT-02): the caller's PCPs and prescribers from the directory, by part of the name, TIN and NPI; keyset-paginated by NPI.");

        pdc.MapGet("/workbook", async Task<Results<FileStreamHttpResult, ValidationProblem, ProblemHttpResult>> (
                [AsParameters] PdcServices services, CancellationToken cancellationToken, string? name = null, string? tin = null, string? npi = null) =>
            {
                var filter = new PdcProviderFilter(name, tin, npi);
                if (filter.Problem() is { } problem)
                {
                    return problem;
                }

                // Unfiltered: everything the caller may see (the plan's staff: the whole plan).
                HashSet<string>? providers = null;
                if (!filter.IsEmpty)
                {
                    providers = (await filter.Apply(services.Db, services.Scope).Select(p => p.Npi).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                    if (providers.Count == 0)
                    {
                        return Problems.NotFound("A provider matching the filters");
                    }
                }

                var asOf = services.AsOf;
                return await PdcDownload.SendAsync(services, new PdcScope(services.Scope, providers: providers),
                    providers is null ? "providers/*" : $"providers/{string.Join(',', providers.Order().Take(20))}",
                    PdcDownload.FileName("providers", asOf), $"Proportion of Days Covered (PDC) — PCP / Prescriber — measurement year {asOf.Year}, as of {asOf:yyyy-MM-dd}", cancellationToken);
            })
            .Produces(StatusCodes.Status200OK, contentType: PdcWorkbook.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPdcProvidersWorkbook")
            .WithSummary("Download PDC Report (RPT-02/03): the PDC workbook of the members whose PCP or prescriber is one of the caller's providers matching the filters (all of them when none is given; 404 when none matches); every member in it is audited before it is sent (ACC-05).");
        return pdc;
    }
}
