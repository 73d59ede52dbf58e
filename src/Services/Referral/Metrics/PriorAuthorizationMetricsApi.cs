using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;

namespace Platform.Referral.Metrics;

using Referral = Platform.Referral.Referrals.Referral;

public static class PriorAuthorizationMetricsApi
{
    public static IEndpointRouteBuilder MapPriorAuthorizationMetricsApi(this IEndpointRouteBuilder app)
    {
        // CMS-0057-F: published to anyone, signed in or not (the gateway routes exactly this path without a token).
        // Counts over every request, no one's PHI: not audited as a read (ACC-05).
        app.MapApiGroup("/api/v1/prior-authorization", "Prior authorization metrics").AllowAnonymous()
            .MapGet("/metrics", async Task<Results<Ok<PriorAuthorizationMetrics>, ValidationProblem>> (
                ReferralDbContext db, TimeProvider time, CancellationToken cancellationToken, [FromQuery] string? quarter = null) =>
            {
                var current = PlanQuarter.Of(time.PlanToday());
                if (quarter is null)
                {
                    return TypedResults.Ok(await db.MetricsAsync(current, current, cancellationToken));
                }

                if (!PlanQuarter.TryParse(quarter, out var parsed))
                {
                    return Problems.Invalid(nameof(quarter), $"A quarter is written {PlanQuarter.Format}.");
                }

                return parsed.Value.CompareTo(current) > 0
                    ? Problems.Invalid(nameof(quarter), $"{parsed} has not begun: the latest quarter with metrics is {current}.")
                    : TypedResults.Ok(await db.MetricsAsync(parsed.Value, current, cancellationToken));
            })
            // The document asks every operation for a bearer token; this one needs none.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Security = [];
                return Task.CompletedTask;
            })
            .WithName("GetPriorAuthorizationMetrics")
            .WithSummary("CMS-0057-F's public prior-authorization metrics for a quarter (default: the current one, so far), computed from the plan's decisions (REF-13).")
            .WithDescription("The services that need an authorization that quarter by category; for standard (routine) and expedited (urgent) requests "
                + "decided in the quarter: the share approved (a modified request counts as approved), denied, decided past its REF-12 due time, and the "
                + "average and median hours from submission to decision, each with the counts behind it. Approved after appeal is null: there is no "
                + "appeal process yet. No sign-in; no PHI.");
        return app;
    }

    /// <summary>One row per urgency and one for all (ROLLUP): a median cannot be combined from the groups' medians.</summary>
    internal sealed record DecisionRow(
        string Kind, int Decided, int Approved, int Modified, int Denied, int AfterDueTime, int ApprovedAfterDueTime, double? AverageSeconds, double? MedianSeconds);

    private const string AllKinds = "All";

    public static async Task<PriorAuthorizationMetrics> MetricsAsync(this ReferralDbContext db, PlanQuarter quarter, PlanQuarter current,
        CancellationToken cancellationToken)
    {
        var (firstDay, nextFirstDay) = (quarter.FirstDay, quarter.FirstDay.AddMonths(3));
        // The quarter's decisions by the plan's clock: a decision at 11 pm Pacific on September 30 is the third quarter's.
        var (from, to) = (StartOfPlanDay(firstDay), StartOfPlanDay(nextFirstDay));
        string[] decided = [.. Referral.Decided.Select(status => status.ToString())];
        // CMS counts a partial approval as an approval: Modified (fewer units or a shorter period) is approved.
        string[] approved = [nameof(ReferralStatus.Approved), nameof(ReferralStatus.Modified)];
        // Aggregated in PostgreSQL, over IX_referrals_DecidedAt (which includes every column read here): no referral leaves the database.
        var rows = await db.Database.SqlQuery<DecisionRow>($"""
            SELECT CASE WHEN GROUPING("Urgency") = 1 THEN {AllKinds} ELSE "Urgency" END AS "Kind",
                   count(*)::int AS "Decided",
                   count(*) FILTER (WHERE "Status" = ANY({approved}))::int AS "Approved",
                   count(*) FILTER (WHERE "Status" = {nameof(ReferralStatus.Modified)})::int AS "Modified",
                   count(*) FILTER (WHERE "Status" = {nameof(ReferralStatus.Denied)})::int AS "Denied",
                   count(*) FILTER (WHERE "DecidedAt" > "DueAt")::int AS "AfterDueTime",
                   count(*) FILTER (WHERE "DecidedAt" > "DueAt" AND "Status" = ANY({approved}))::int AS "ApprovedAfterDueTime",
                   avg(extract(epoch FROM "DecidedAt" - "SubmittedAt")::float8) AS "AverageSeconds",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "DecidedAt" - "SubmittedAt")::float8) AS "MedianSeconds"
            FROM referrals
            WHERE "DecidedAt" >= {from} AND "DecidedAt" < {to} AND "Status" = ANY({decided})
            GROUP BY ROLLUP ("Urgency")
            """).ToListAsync(cancellationToken);

        return new PriorAuthorizationMetrics(quarter.ToString(), firstDay, nextFirstDay.AddDays(-1), quarter.Equals(current),
            await db.RequiredServicesAsync(firstDay, cancellationToken),
            Metrics(rows, nameof(ReferralUrgency.Routine)), Metrics(rows, nameof(ReferralUrgency.Urgent)), Metrics(rows, AllKinds),
            MeasureDefinitions.All);
    }

    private static DecisionMetrics Metrics(List<DecisionRow> rows, string kind)
    {
        var row = rows.SingleOrDefault(r => r.Kind == kind) ?? new DecisionRow(kind, 0, 0, 0, 0, 0, 0, null, null);
        return new DecisionMetrics(row.Decided, Share.From(row.Approved, row.Decided), row.Modified, Share.From(row.Denied, row.Decided),
            ApprovedAfterAppeal: null, Share.From(row.AfterDueTime, row.Decided), Share.From(row.ApprovedAfterDueTime, row.Decided),
            DecisionTime.FromSeconds(row.Decided, row.AverageSeconds, row.MedianSeconds));
    }

    /// <summary>REF-02: the list in force on the quarter's first day (a quarter not published keeps the previous list), by category.</summary>
    private static async Task<PaRequiredServices> RequiredServicesAsync(this ReferralDbContext db, DateOnly firstDay, CancellationToken cancellationToken)
    {
        if (await db.InForceAsync(firstDay, cancellationToken) is not { } list)
        {
            return new PaRequiredServices(null, null, 0, []);
        }

        var codes = await db.PaCodes.AsNoTracking().Where(c => c.Quarter == list.Quarter)
            .Select(c => new PaCodeResponse(c.Code, c.Description, c.Category)).ToListAsync(cancellationToken);
        return new PaRequiredServices(list.Quarter, list.EffectiveFrom, codes.Count, [.. codes
            .GroupBy(c => c.Category, StringComparer.Ordinal)
            .OrderBy(category => category.Key, StringComparer.Ordinal)
            .Select(category => new PaServiceCategory(category.Key, category.Count(), [.. category.OrderBy(c => c.Code, StringComparer.Ordinal)]))]);
    }

    private static DateTimeOffset StartOfPlanDay(DateOnly day) => day.AddDays(-1).EndOfPlanDay().AddTicks(1);
}
