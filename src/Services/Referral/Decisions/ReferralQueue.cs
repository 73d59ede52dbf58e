using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.Decisions;

using Referral = Platform.Referral.Referrals.Referral;

/// <summary>One row of the reviewers' queue: what is asked, for whom, and by when it must be decided.</summary>
public sealed record ReferralQueueItem(
    string ReferralNumber, string Cin, string RequestingNpi, string ServicingNpi, bool ServicingTertiary, ReferralUrgency Urgency,
    IReadOnlyList<string> ProcedureCodes, DateOnly ServiceFrom, DateTimeOffset SubmittedAt, DateTimeOffset DueAt, bool Overdue);

public static class ReferralQueue
{
    /// <summary>REF-12: the plan reviewers' queue, the pended referral due first on top; keyset-paged by due time and number.</summary>
    public static RouteHandlerBuilder MapReferralQueue(this RouteGroupBuilder referrals) => referrals
        .MapGet("/queue", async Task<Results<Ok<Page<ReferralQueueItem>>, ValidationProblem>> (
            ReferralDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken,
            string? after = null, int limit = Page<ReferralQueueItem>.DefaultLimit) =>
        {
            if (!Page<ReferralQueueItem>.IsValidLimit(limit))
            {
                return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<ReferralQueueItem>.MaxLimit}.");
            }

            var afterDue = DateTimeOffset.MinValue;
            var afterNumber = "";
            if (after is not null && !TryParseCursor(after, out afterDue, out afterNumber))
            {
                return Problems.Invalid(nameof(after), "after must be the next value of a previous page.");
            }

            var now = time.GetUtcNow();
            var rows = await db.Referrals.AsNoTracking()
                .Where(r => r.Status == ReferralStatus.Pended && r.DueAt != null)
                .Where(r => after == null || r.DueAt > afterDue || (r.DueAt == afterDue && string.Compare(r.ReferralNumber, afterNumber) > 0))
                .OrderBy(r => r.DueAt).ThenBy(r => r.ReferralNumber)
                .Take(limit + 1)
                .Select(r => new { r.ReferralNumber, r.Cin, r.RequestingNpi, r.ServicingNpi, r.ServicingTertiary, r.Urgency, r.Lines, r.ServiceFrom, r.SubmittedAt, DueAt = r.DueAt!.Value })
                .ToListAsync(cancellationToken);
            var items = rows.Select(r => new ReferralQueueItem(r.ReferralNumber, r.Cin, r.RequestingNpi, r.ServicingNpi, r.ServicingTertiary, r.Urgency,
                [.. r.Lines.Select(l => l.ProcedureCode)], r.ServiceFrom, r.SubmittedAt, r.DueAt, r.DueAt < now)).ToList();
            var page = Page<ReferralQueueItem>.From(items, limit, Cursor);
            // ACC-05: the queue is one read of every referral and member it shows.
            await audit.RecordReadAsync(nameof(Referral), "*", [.. page.Items.Select(r => r.Cin).Distinct()], ct: cancellationToken);
            return TypedResults.Ok(page);
        })
        .RequireAuthorization(Roles.PlanStaff)
        .WithName("ReferralQueue")
        .WithSummary("The plan reviewers' queue: pended referrals by their REF-12 due time, overdue marked; keyset-paginated.");

    /// <summary>The page's last row as its due time in UTC ticks and its number: 639012345678901234-RF260000042.</summary>
    private static string Cursor(ReferralQueueItem item) => $"{item.DueAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{item.ReferralNumber}";

    private static bool TryParseCursor(string cursor, out DateTimeOffset due, out string number)
    {
        due = default;
        var dash = cursor.IndexOf('-', StringComparison.Ordinal);
        number = dash > 0 ? cursor[(dash + 1)..] : "";
        if (dash <= 0 || !ReferralScope.IsNumber(number) || !long.TryParse(cursor.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        due = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
