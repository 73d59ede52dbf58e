using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identifiers;
using Platform.Reporting.Data;
using Platform.Reporting.Directory;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Amm = Platform.Reporting.Bhi.AntidepressantMedicationManagement;

namespace Platform.Reporting.Bhi;

public static class BhiApi
{
    private const string MeasureName = "Antidepressant Medication Management (HEDIS AMM): effective acute phase (84 of 114 days) and continuation phase (180 of 231 days)";
    private const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapBhiApi(this IEndpointRouteBuilder app)
    {
        var bhi = app.MapApiGroup("/api/v1/bhi", "BHI quality measure").RequireAuthorization(Modules.Reports);

        // Counts per provider, no member named: not audited as a PHI read (ACC-05); the members' list below is.
        bhi.MapGet("/providers", async Task<Results<Ok<BhiReport>, ValidationProblem>> (
                CallerScope scope, BhiMembers measure, ReportingDbContext db, TimeProvider time, CancellationToken cancellationToken,
                [FromQuery] string? by = null, [FromQuery] string? year = null, [FromQuery] string? name = null, [FromQuery] string? npi = null,
                [FromQuery] string? tin = null, [FromQuery] string? after = null, [FromQuery] int limit = Page<BhiProviderRow>.DefaultLimit) =>
            {
                if (Parse(by, year, time) is not ({ } attribution, { } measurementYear))
                {
                    return Invalid(by, year, time);
                }

                Npi? provider = null;
                if (npi is not null)
                {
                    if (!Npi.TryParse(npi, out var parsedNpi))
                    {
                        return Problems.Invalid(nameof(npi), Npi.Message);
                    }

                    provider = parsedNpi;
                }

                Tin? group = null;
                if (tin is not null)
                {
                    if (!Tin.TryParse(tin, out var parsedTin))
                    {
                        return Problems.Invalid(nameof(tin), Tin.Message);
                    }

                    group = parsedTin;
                }

                if (name is { Length: > MaxNameLength })
                {
                    return Problems.Invalid(nameof(name), $"A provider name to search by is at most {MaxNameLength} characters.");
                }

                if (!Page<BhiProviderRow>.IsValidLimit(limit))
                {
                    return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<BhiProviderRow>.MaxLimit}.");
                }

                var members = await measure.ListAsync(measurementYear, attribution, scope, provider?.Value, cancellationToken);
                var providers = await ProvidersAsync(db, members, cancellationToken);
                List<BhiProviderRow> rows = [.. members
                    .Where(m => m.AttributedNpi is { } attributed && providers.ContainsKey(attributed))
                    .GroupBy(m => m.AttributedNpi!)
                    .Select(g => Row(providers[g.Key], g.ToList()))
                    .Where(r => (provider is null || r.Npi == provider.Value.Value) && (group is null || r.Tin == group.Value.Value)
                        && (string.IsNullOrWhiteSpace(name) || r.Name.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase)))
                    .Where(r => after is null || string.CompareOrdinal(r.Npi, after) > 0)
                    .OrderBy(r => r.Npi, StringComparer.Ordinal)
                    .Take(limit + 1)];
                var page = Page<BhiProviderRow>.From(rows, limit, r => r.Npi);
                var (intakeFrom, intakeTo) = Amm.IntakePeriod(measurementYear);
                return TypedResults.Ok(new BhiReport(measurementYear, attribution, intakeFrom, intakeTo, MeasureName, page.Items, page.Next));
            })
            .WithName("ListBhiProviders")
            .WithSummary("The BHI Quality Measure report (RPT-01) by provider (default: the member's PCP on the index date) or by prescriber NPI (the index prescription's prescriber).")
            .WithDescription("HEDIS Antidepressant Medication Management over the measurement year (default: the plan's current one): per provider the "
                + "members in the denominator and, for the acute and continuation phases, those who met it, those whose window is still open, and the rate "
                + "over the decided ones. Only the caller's providers (ACC-01) or network (ACC-06); filter by provider name, NPI or TIN. Keyset-paginated by NPI.");

        bhi.MapGet("/providers/{npi}", async Task<Results<Ok<BhiProviderReport>, ValidationProblem, ProblemHttpResult>> (
                string npi, CallerScope scope, BhiMembers measure, ReportingDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken,
                [FromQuery] string? by = null, [FromQuery] string? year = null) =>
            {
                if (!Npi.TryParse(npi, out var provider))
                {
                    return Problems.Invalid(nameof(npi), Npi.Message);
                }

                if (Parse(by, year, time) is not ({ } attribution, { } measurementYear))
                {
                    return Invalid(by, year, time);
                }

                // ACC-01: another office's provider is not found, never forbidden; a partner sees its network's members of any provider.
                var listed = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Npi == provider.Value, cancellationToken);
                if (listed is null || (scope.Network is null && !scope.CanActFor(provider.Value)))
                {
                    return Problems.NotFound($"Provider {provider.Value}");
                }

                List<BhiMember> members = [.. (await measure.ListAsync(measurementYear, attribution, scope, provider.Value, cancellationToken))
                    .Where(m => m.AttributedNpi == provider.Value)
                    .OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ThenBy(m => m.Cin)];
                // ACC-05: the members this answer names, durable before it is sent.
                await audit.RecordReadAsync("BhiMeasure", provider.Value, [.. members.Select(m => m.Cin)], ct: cancellationToken);
                return TypedResults.Ok(new BhiProviderReport(measurementYear, attribution, Row(listed, members), [.. members.Select(MemberRow)]));
            })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetBhiProvider")
            .WithSummary("One provider's BHI Quality Measure (RPT-01) with the members behind it: index date, treatment days and status of each phase.");
        return app;
    }

    private static (BhiAttribution? By, int? Year) Parse(string? by, string? year, TimeProvider time)
    {
        BhiAttribution? attribution = by is null ? BhiAttribution.Provider
            : Enum.TryParse<BhiAttribution>(by, ignoreCase: true, out var parsed) && !int.TryParse(by, out _) ? parsed : null;
        var current = time.PlanToday().Year;
        int? measurementYear = year is null ? current
            : int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstYear && y <= current ? y : null;
        return (attribution, measurementYear);
    }

    /// <summary>The first measurement year with data worth asking for; anything earlier is a typing error.</summary>
    private const int FirstYear = 2020;

    private static ValidationProblem Invalid(string? by, string? year, TimeProvider time) =>
        Parse(by, null, time).By is null
            ? Problems.Invalid(nameof(by), "by is provider (the member's PCP, the default) or prescriber (the index prescription's prescriber).")
            : Problems.Invalid(nameof(year), $"year is a measurement year from {FirstYear} to {time.PlanToday().Year}.");

    private static async Task<Dictionary<string, ReportingProvider>> ProvidersAsync(ReportingDbContext db, List<BhiMember> members, CancellationToken cancellationToken)
    {
        string[] npis = [.. members.Select(m => m.AttributedNpi).OfType<string>().Distinct()];
        return await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).ToDictionaryAsync(p => p.Npi, cancellationToken);
    }

    private static BhiProviderRow Row(ReportingProvider provider, IReadOnlyCollection<BhiMember> members) => new(
        provider.Npi, provider.Name, provider.Tin, provider.Specialty, provider.Networks, members.Count,
        Rate(members.Select(m => m.Result.Acute).ToList()), Rate(members.Select(m => m.Result.Continuation).ToList()));

    private static BhiRate Rate(IReadOnlyCollection<AmmPhase> phases)
    {
        var (met, open) = (phases.Count(p => p.Met), phases.Count(p => p.Open));
        var decided = phases.Count - open;
        return new BhiRate(met, open, decided == 0 ? null : Math.Round((decimal)met / decided, 4));
    }

    private static BhiMemberRow MemberRow(BhiMember member) => new(
        member.Cin, $"{member.LastName}, {member.FirstName}", member.DateOfBirth, member.Result.IndexDate,
        Phase(member.Result.Acute), Phase(member.Result.Continuation));

    private static BhiPhaseRow Phase(AmmPhase phase) => new(phase.WindowEnd, phase.TreatmentDays, phase.Met ? "Met" : phase.Open ? "Open" : "Not met");
}
