using Platform.ServiceDefaults.Calendar;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Dispute.Clock;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class DisputeQueueTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly HttpClient reviewer = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task DSP_07_10_the_workbench_lists_the_plans_open_disputes_by_decision_date_marking_the_overdue_and_those_due_soon()
    {
        var today = TimeProvider.System.PlanToday();
        var overdue = await DueAsync(today.AddDays(-3));
        var soon = await DueAsync(HolidayCalendar.California.AddWorkingDays(today, 2)!.Value);
        var later = await DueAsync(HolidayCalendar.California.AddWorkingDays(today, 30)!.Value);
        var network = await DueAsync(today.AddDays(-4), healthNetwork: "ALTAMED");
        var decided = await DueAsync(today.AddDays(-5));
        await service.QueryAsync(db => db.Disputes.Where(d => d.DisputeNumber == decided)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DisputeStatus.Resolved)));

        var queue = await WholeQueueAsync();

        var mine = queue.Where(item => new[] { overdue, soon, later, network, decided }.Contains(item.DisputeNumber)).ToList();
        Assert.Equal([overdue, soon, later], mine.Select(item => item.DisputeNumber));
        Assert.Equal([DisputeDue.Overdue, DisputeDue.DueSoon, DisputeDue.OnTime], mine.Select(item => item.Due));
        Assert.Equal(queue.OrderBy(item => item.DecideBy ?? DateOnly.MaxValue).ThenBy(item => item.DisputeNumber, StringComparer.Ordinal), queue);
    }

    [Fact]
    public async Task DSP_10_a_reviewer_assigned_to_a_dispute_is_shown_on_its_row()
    {
        var number = await DueAsync(TimeProvider.System.PlanToday().AddDays(-30));

        using var review = await reviewer.PostAsync($"/api/v1/disputes/{number}/review", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var row = Assert.Single(await WholeQueueAsync(), item => item.DisputeNumber == number);
        Assert.Equal((DisputeStatus.InReview, "test-planstaff"), (row.Status, row.Reviewer));
    }

    [Fact]
    public async Task The_workbench_is_the_plan_staffs_a_provider_office_is_refused_it()
    {
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));

        using var response = await office.GetAsync("/api/v1/disputes/queue", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("after=PDR260000042", "after")]
    [InlineData("after=2027010XPDR260000042", "after")]
    public async Task A_bad_page_request_is_a_400_naming_the_parameter(string query, string field)
    {
        using var response = await reviewer.GetAsync($"/api/v1/disputes/queue?{query}", Cancellation);

        await DisputeForms.AssertProblemAsync(response, field);
    }

    /// <summary>A dispute acknowledged on receipt whose decision date is then set to the day the test wants.</summary>
    private async Task<string> DueAsync(DateOnly decideBy, string? healthNetwork = null)
    {
        var dispute = await service.FileAsync(await service.FinalizedClaimAsync(healthNetwork: healthNetwork));
        await Eventually.TrueAsync(async () => await service.QueryAsync(db =>
            db.Disputes.AnyAsync(d => d.DisputeNumber == dispute.DisputeNumber && d.Status == DisputeStatus.Acknowledged)));
        await service.QueryAsync(db => db.Disputes.Where(d => d.DisputeNumber == dispute.DisputeNumber)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.DecideBy, decideBy)));
        return dispute.DisputeNumber;
    }

    /// <summary>Every page of the queue, two rows at a time, so the keyset cursor is walked too.</summary>
    private async Task<List<DisputeQueueItem>> WholeQueueAsync()
    {
        var items = new List<DisputeQueueItem>();
        string? after = null;
        do
        {
            var page = (await reviewer.GetFromJsonAsync<Page<DisputeQueueItem>>(
                $"/api/v1/disputes/queue?limit=2{(after is null ? "" : $"&after={after}")}", Cancellation))!;
            items.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return items;
    }
}
