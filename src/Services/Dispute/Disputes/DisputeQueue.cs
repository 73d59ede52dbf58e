using Platform.ServiceDefaults.Calendar;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Dispute.Clock;
using Platform.Dispute.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Dispute.Disputes;

/// <summary>How near a dispute is to its DSP-07 decision date, for the reviewer workbench.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeDue>))]
public enum DisputeDue
{
    OnTime,
    DueSoon,
    Overdue,
}

/// <summary>One row of the plan reviewers' queue.</summary>
public sealed record DisputeQueueItem(
    string DisputeNumber, string ClaimNumber, string BillingNpi, int Level, DisputeType Type, DisputeStatus Status,
    DateOnly ReceivedOn, DateOnly? DecideBy, string? Reviewer, DisputeDue Due);

/// <summary>
/// The reviewer workbench's queue (DSP-07/10): the open disputes the caller decides, the one due first on top — the
/// plan's own for its reviewers, those routed to a network for that network's API client (DSP-03).
/// </summary>
public static class DisputeQueue
{
    /// <summary>Due soon: decided within this many working days, so a reviewer sees it a week ahead.</summary>
    public const int DueSoonWorkingDays = 5;

    public static RouteHandlerBuilder MapDisputeQueue(this RouteGroupBuilder disputes) => disputes
        .MapGet("/queue", async Task<Results<Ok<Page<DisputeQueueItem>>, ValidationProblem>> (
            CallerScope scope, DisputeDbContext db, IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken,
            string? after = null, int limit = Page<DisputeQueueItem>.DefaultLimit) =>
        {
            if (!Page<DisputeQueueItem>.IsValidLimit(limit))
            {
                return Problems.Invalid(nameof(limit), $"limit must be between 1 and {Page<DisputeQueueItem>.MaxLimit}.");
            }

            var afterDue = DateOnly.MinValue;
            var afterNumber = "";
            if (after is not null && !TryParseCursor(after, out afterDue, out afterNumber))
            {
                return Problems.Invalid(nameof(after), "after must be the next value of a previous page.");
            }

            // A dispute past the holiday table's years has no decide-by yet: it sorts last.
            var rows = await db.Disputes.AsNoTracking()
                .Where(d => d.HealthNetwork == scope.Network && Dispute.OpenStatuses.Contains(d.Status))
                .Select(d => new { Dispute = d, Due = d.DecideBy ?? DateOnly.MaxValue })
                .Where(d => after == null || d.Due > afterDue || (d.Due == afterDue && string.Compare(d.Dispute.DisputeNumber, afterNumber) > 0))
                .OrderBy(d => d.Due).ThenBy(d => d.Dispute.DisputeNumber)
                .Take(limit + 1)
                .Select(d => new { d.Dispute.Cin, Item = new DisputeQueueItem(d.Dispute.DisputeNumber, d.Dispute.ClaimNumber, d.Dispute.BillingNpi,
                    d.Dispute.Level, d.Dispute.Type, d.Dispute.Status, d.Dispute.ReceivedOn, d.Dispute.DecideBy, d.Dispute.Reviewer, DisputeDue.OnTime) })
                .ToListAsync(cancellationToken);

            var today = time.PlanToday();
            var soon = HolidayCalendar.California.AddWorkingDays(today, DueSoonWorkingDays) ?? DateOnly.MaxValue;
            var page = Page<DisputeQueueItem>.From([.. rows.Select(r => r.Item with { Due = Due(r.Item.DecideBy, today, soon) })], limit, Cursor);
            var shown = rows.Take(page.Items.Count).ToList();
            // ACC-05: the queue is one read of every dispute and member it shows.
            await audit.RecordReadAsync(nameof(Dispute), "*", [.. shown.Select(r => r.Cin).Distinct()], [.. shown.Select(r => r.Item.ClaimNumber)], cancellationToken);
            return TypedResults.Ok(page);
        })
        .RequireAuthorization(Policies.PayerDecisions)
        .WithName("DisputeQueue")
        .WithSummary("The reviewer workbench: open disputes the caller decides (the plan's, or its network's), by decision date (DSP-07), overdue and due soon marked; keyset-paginated.");

    public static DisputeDue Due(DateOnly? decideBy, DateOnly today, DateOnly soon) => decideBy switch
    {
        { } day when day < today => DisputeDue.Overdue,
        { } day when day <= soon => DisputeDue.DueSoon,
        _ => DisputeDue.OnTime,
    };

    /// <summary>The page's last row as its decide-by day (yyyyMMdd, 99991231 for none) and number: 20270105PDR260000042.</summary>
    private static string Cursor(DisputeQueueItem item) =>
        (item.DecideBy ?? DateOnly.MaxValue).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + item.DisputeNumber;

    private static bool TryParseCursor(string cursor, out DateOnly due, out string number)
    {
        number = cursor.Length == 20 ? cursor[8..] : "";
        due = default;
        return cursor.Length == 20
            && DateOnly.TryParseExact(cursor[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due)
            && DisputesApi.IsNumber(number);
    }
}
