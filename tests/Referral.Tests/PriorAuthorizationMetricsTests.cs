using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Referral.Metrics;
using Platform.Referral.PriorAuthorization;
using Platform.Referral.Referrals;
using Platform.ServiceDefaults;
using Platform.Testing;
using Xunit;

namespace Platform.Referral.Tests;

using Referral = Platform.Referral.Referrals.Referral;

/// <summary>
/// REF-13 / CMS-0057-F: the quarter's public metrics from referrals written straight into the database with known
/// submission and decision times, worked by hand. The third quarter of 2025 runs from 2025-07-01T07:00Z to
/// 2025-10-01T07:00Z (midnight Pacific daylight time).
/// </summary>
public sealed class PriorAuthorizationMetricsTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private const string Path = "/api/v1/prior-authorization/metrics";
    private static int numbers;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task REF_13_the_quarters_metrics_are_computed_from_its_decisions()
    {
        await WriteAsync(
            // Standard (routine): 0 h (automatic), 48 h, 96 h (modified: counts as approved), 240 h (denied, past its 168 h due time,
            // at 23:30 Pacific on September 30: still the third quarter).
            Automatic(ReferralUrgency.Routine, At("2025-07-10T17:00Z")),
            Reviewed(ReferralUrgency.Routine, At("2025-07-14T16:00Z"), dueHours: 168, decidedHours: 48, ReferralStatus.Approved),
            Reviewed(ReferralUrgency.Routine, At("2025-08-04T16:00Z"), dueHours: 168, decidedHours: 96, ReferralStatus.Modified),
            Reviewed(ReferralUrgency.Routine, At("2025-09-21T06:30Z"), dueHours: 168, decidedHours: 240, ReferralStatus.Denied),
            // Expedited (urgent): 24 h (submitted in the second quarter, decided in the third), 80 h (approved past its 72 h), 12 h (denied).
            Reviewed(ReferralUrgency.Urgent, At("2025-06-30T20:00Z"), dueHours: 72, decidedHours: 24, ReferralStatus.Approved),
            Reviewed(ReferralUrgency.Urgent, At("2025-08-20T12:00Z"), dueHours: 72, decidedHours: 80, ReferralStatus.Approved),
            Reviewed(ReferralUrgency.Urgent, At("2025-09-01T12:00Z"), dueHours: 72, decidedHours: 12, ReferralStatus.Denied),
            // Not the quarter's: decided at 23:30 Pacific on June 30, decided at midnight Pacific on October 1, still pended, cancelled.
            Reviewed(ReferralUrgency.Routine, At("2025-06-30T06:30Z"), dueHours: 168, decidedHours: 24, ReferralStatus.Approved),
            Reviewed(ReferralUrgency.Routine, At("2025-09-30T07:00Z"), dueHours: 168, decidedHours: 24, ReferralStatus.Denied),
            Reviewed(ReferralUrgency.Routine, At("2025-08-01T16:00Z"), dueHours: 168, decidedHours: null, ReferralStatus.Pended),
            Reviewed(ReferralUrgency.Urgent, At("2025-08-01T16:00Z"), dueHours: 72, decidedHours: 2, ReferralStatus.Cancelled));
        using var anonymous = service.CreateClient();

        var metrics = (await anonymous.GetFromJsonAsync<PriorAuthorizationMetrics>($"{Path}?quarter=2025-Q3", Cancellation))!;

        Assert.Equal(("2025-Q3", new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30), false), (metrics.Quarter, metrics.FirstDay, metrics.LastDay, metrics.InProgress));
        // 0, 48, 96, 240 h: average 384 / 4 = 96, median (48 + 96) / 2 = 72.
        Assert.Equal(new DecisionMetrics(4, new Share(3, 4, 75.0m), 1, new Share(1, 4, 25.0m), null, new Share(1, 4, 25.0m), new Share(0, 4, 0.0m),
            new DecisionTime(4, 96.00m, 72.00m)), metrics.Standard);
        // 12, 24, 80 h: average 116 / 3 = 38.67, median 24.
        Assert.Equal(new DecisionMetrics(3, new Share(2, 3, 66.7m), 0, new Share(1, 3, 33.3m), null, new Share(1, 3, 33.3m), new Share(1, 3, 33.3m),
            new DecisionTime(3, 38.67m, 24.00m)), metrics.Expedited);
        // 0, 12, 24, 48, 80, 96, 240 h: average 500 / 7 = 71.43, median 48.
        Assert.Equal(new DecisionMetrics(7, new Share(5, 7, 71.4m), 1, new Share(2, 7, 28.6m), null, new Share(2, 7, 28.6m), new Share(1, 7, 14.3m),
            new DecisionTime(7, 71.43m, 48.00m)), metrics.All);
    }

    [Fact]
    public async Task REF_13_approved_after_appeal_is_not_applicable_and_said_so_and_a_quarter_without_decisions_has_no_shares()
    {
        using var anonymous = service.CreateClient();

        var metrics = (await anonymous.GetFromJsonAsync<PriorAuthorizationMetrics>($"{Path}?quarter=2024-Q1", Cancellation))!;

        Assert.Equal(new DecisionMetrics(0, new Share(0, 0, null), 0, new Share(0, 0, null), null, new Share(0, 0, null), new Share(0, 0, null),
            new DecisionTime(0, null, null)), metrics.Standard);
        Assert.All(new[] { metrics.Standard, metrics.Expedited, metrics.All }, kind => Assert.Null(kind.ApprovedAfterAppeal));
        Assert.StartsWith("Not applicable", Assert.Single(metrics.Definitions, d => d.Measure == "Approved after appeal").Definition);
    }

    [Fact]
    public async Task REF_02_the_services_that_need_authorization_are_the_quarters_list_in_force_by_category()
    {
        using var anonymous = service.CreateClient();
        var listed = await service.QueryAsync(db => db.PaCodes.CountAsync(c => c.Quarter == "2026-Q4", Cancellation));

        var fourth = (await anonymous.GetFromJsonAsync<PriorAuthorizationMetrics>($"{Path}?quarter=2026-Q4", Cancellation))!.ServicesRequiringAuthorization;
        var beforeAnyList = (await anonymous.GetFromJsonAsync<PriorAuthorizationMetrics>($"{Path}?quarter=2025-Q4", Cancellation))!.ServicesRequiringAuthorization;

        Assert.Equal(("2026-Q4", listed), (fourth.ListQuarter, fourth.Count));
        Assert.Equal(listed, fourth.Categories.Sum(c => c.Count));
        Assert.All(fourth.Categories, category => Assert.Equal(category.Count, category.Codes.Count));
        Assert.Contains(Assert.Single(fourth.Categories, c => c.Category == PaCode.BehavioralHealthAba).Codes, code => code.Code == "97153");
        Assert.Equal((null, 0), (beforeAnyList.ListQuarter, beforeAnyList.Count));
    }

    [Fact]
    public async Task REF_13_the_metrics_are_public_without_a_token_default_to_the_current_quarter_and_are_not_audited_as_a_PHI_read()
    {
        using var anonymous = service.CreateClient();

        using var response = await anonymous.GetAsync(Path, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metrics = (await response.Content.ReadFromJsonAsync<PriorAuthorizationMetrics>(Cancellation))!;
        Assert.Equal((PlanQuarter.Of(TimeProvider.System.PlanToday()).ToString(), true), (metrics.Quarter, metrics.InProgress));
        Assert.Empty(await service.QueryAsync(AuditOutbox.EntriesAsync));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026Q4")]
    [InlineData("2099-Q1")]
    public async Task REF_13_a_bad_or_not_yet_begun_quarter_is_a_400_naming_quarter(string quarter)
    {
        using var anonymous = service.CreateClient();

        using var response = await anonymous.GetAsync($"{Path}?quarter={quarter}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quarter", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private Task WriteAsync(params Referral[] referrals) => service.QueryAsync(async db =>
    {
        db.Referrals.AddRange(referrals);
        return await db.SaveChangesAsync(Cancellation);
    });

    /// <summary>REF-12: approved at submission, with no due time.</summary>
    private static Referral Automatic(ReferralUrgency urgency, DateTimeOffset submittedAt)
    {
        var referral = New(urgency, submittedAt, dueAt: null);
        referral.ApproveAutomatically(submittedAt);
        return referral;
    }

    /// <summary>Pended at submission with a due time, then decided (or cancelled) by a reviewer <paramref name="decidedHours"/> later.</summary>
    private static Referral Reviewed(ReferralUrgency urgency, DateTimeOffset submittedAt, int dueHours, int? decidedHours, ReferralStatus outcome)
    {
        var referral = New(urgency, submittedAt, submittedAt.AddHours(dueHours));
        referral.Pend(submittedAt, "A reviewer decides it.");
        var at = submittedAt.AddHours(decidedHours ?? 0);
        switch (outcome)
        {
            case ReferralStatus.Approved: referral.Approve(null, "reviewer", at); break;
            case ReferralStatus.Modified: referral.Modify(new Dictionary<int, int> { [1] = 2 }, null, "Two of four units.", "reviewer", at); break;
            case ReferralStatus.Denied: referral.Deny("Not medically necessary.", "reviewer", at); break;
            case ReferralStatus.Cancelled: referral.Cancel(null, "office", at); break;
        }

        return referral;
    }

    private static Referral New(ReferralUrgency urgency, DateTimeOffset submittedAt, DateTimeOffset? dueAt) => new()
    {
        Id = Guid.NewGuid(),
        ReferralNumber = $"RF25{Interlocked.Increment(ref numbers):D7}",
        Cin = TestData.Cin(),
        RequestingNpi = TestData.Npi(),
        ServicingNpi = TestData.Npi(),
        LineOfBusiness = "Medi-Cal",
        ServiceFrom = submittedAt.PlanDay(),
        ServiceTo = submittedAt.PlanDay().AddDays(30),
        Lines = [new ReferralLine(1, "97110", [], 4, "11", "Outpatient therapy")],
        RequestedUrgency = urgency,
        Urgency = urgency,
        UrgentCriterion = urgency == ReferralUrgency.Urgent ? UrgentCriterion.LifeOrHealth : null,
        SubmittedAt = submittedAt,
        SubmittedOn = submittedAt.PlanDay(),
        DueAt = dueAt,
        SubmittedBy = "office",
        IdempotencyKey = Guid.NewGuid().ToString(),
        RequestDigest = new string('0', 64),
    };
}
