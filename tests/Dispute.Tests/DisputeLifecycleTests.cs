using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disputes;
using Platform.Dispute.Clock;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.Dispute.Messaging;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class DisputeLifecycleTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private readonly HttpClient reviewer = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task DSP_06_07_an_electronic_dispute_is_acknowledged_on_receipt_and_carries_its_acknowledgment_and_decision_deadlines()
    {
        var claim = await service.FinalizedClaimAsync();

        var dispute = await AcknowledgedAsync(claim);

        var deadlines = DisputeClock.Decision(dispute.ReceivedOn)!;
        Assert.Equal((deadlines.AcknowledgeBy, deadlines.DecideBy), (dispute.AcknowledgeBy!.Value, dispute.DecideBy!.Value));
        Assert.InRange(dispute.AcknowledgedAt!.Value - dispute.SubmittedAt, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.Equal([DisputeStatus.Submitted, DisputeStatus.Acknowledged], dispute.History.Select(h => h.Status));
        Assert.Equal(DisputeSubmittedConsumer.OnReceipt, dispute.History[1].By);
        var acknowledged = await EventsAsync<DisputeAcknowledged>();
        Assert.Contains(acknowledged, e => e.DisputeNumber == dispute.DisputeNumber && e.DecideBy == deadlines.DecideBy);
    }

    [Fact]
    public async Task DSP_10_a_reviewer_takes_a_dispute_into_review_and_overturns_it_with_the_rationale_and_the_new_payable_amount()
    {
        var claim = await service.FinalizedClaimAsync();
        var dispute = await AcknowledgedAsync(claim);

        using var review = await reviewer.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/review", null, Cancellation);
        using var resolution = await ResolveAsync(dispute, new { outcome = "PartiallyOverturned", rationale = "Line 1 is paid at the contracted rate.", payableAmount = 100.00m });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (review.StatusCode, resolution.StatusCode));
        var resolved = (await resolution.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!;
        Assert.Equal((DisputeStatus.Resolved, DisputeOutcome.PartiallyOverturned, 100.00m), (resolved.Status, resolved.Outcome!.Value, resolved.ResolvedPayableAmount!.Value));
        Assert.Equal([DisputeStatus.Submitted, DisputeStatus.Acknowledged, DisputeStatus.InReview, DisputeStatus.Resolved], resolved.History.Select(h => h.Status));
        var announced = Assert.Single(await EventsAsync<DisputeResolved>(), e => e.DisputeNumber == dispute.DisputeNumber);
        Assert.Equal(("PartiallyOverturned", 80.00m, 100.00m), (announced.Outcome, announced.PreviousPayableAmount, announced.PayableAmount!.Value));
    }

    [Fact]
    public async Task DSP_09_10_after_a_Level_1_decision_the_claim_takes_a_Level_2_which_the_plan_decides()
    {
        var claim = await service.FinalizedClaimAsync(healthNetwork: "ALTAMED");
        using var office = service.Office(claim);
        var levelOne = await AcknowledgedAsync(claim);
        // DSP-03: the network decides its own Level 1, through its partner API.
        using var network = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Disputes));
        (await network.PostAsync($"/api/v1/disputes/{levelOne.DisputeNumber}/review", null, Cancellation)).EnsureSuccessStatusCode();
        (await network.PostAsJsonAsync($"/api/v1/disputes/{levelOne.DisputeNumber}/resolution",
            new ResolveDisputeRequest("Upheld", "Paid at the network's contracted rate."), Cancellation)).EnsureSuccessStatusCode();

        using var levelTwo = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim) with { Level = 2 });

        var second = (await levelTwo.Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!;
        Assert.Equal((2, DisputeResponse.Plan), (second.Level, second.RoutedTo));
        await Eventually.TrueAsync(async () => (await ReadAsync(second.DisputeNumber)).Status == DisputeStatus.Acknowledged);
        using var review = await reviewer.PostAsync($"/api/v1/disputes/{second.DisputeNumber}/review", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
    }

    [Fact]
    public async Task DSP_09_a_Level_2_of_a_claim_without_a_decided_Level_1_is_a_400_naming_the_level()
    {
        var claim = await service.FinalizedClaimAsync();

        using var response = await DisputeForms.SubmitAsync(service.Office(claim), DisputeForms.Form(claim) with { Level = 2 });

        await DisputeForms.AssertProblemAsync(response, "level");
    }

    [Fact]
    public async Task DSP_03_a_dispute_routed_to_a_health_network_is_not_the_plan_reviewers_to_decide()
    {
        var claim = await service.FinalizedClaimAsync(healthNetwork: "ALTAMED");
        var dispute = await AcknowledgedAsync(claim);

        using var review = await reviewer.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/review", null, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        Assert.Contains("ALTAMED", await review.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task DSP_03_the_network_a_dispute_was_routed_to_works_it_through_its_partner_API_and_sees_no_other()
    {
        var routed = await AcknowledgedAsync(await service.FinalizedClaimAsync(healthNetwork: "ALTAMED"));
        var plans = await AcknowledgedAsync(await service.FinalizedClaimAsync());
        using var network = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Disputes));

        var queue = (await network.GetFromJsonAsync<Page<DisputeQueueItem>>("/api/v1/disputes/queue?limit=100", Cancellation))!;
        using var review = await network.PostAsync($"/api/v1/disputes/{routed.DisputeNumber}/review", null, Cancellation);
        using var resolution = await network.PostAsJsonAsync($"/api/v1/disputes/{routed.DisputeNumber}/resolution",
            new ResolveDisputeRequest("Overturned", "Line 1 is paid at the contracted rate.", 100.00m), Cancellation);
        using var notTheirs = await network.PostAsync($"/api/v1/disputes/{plans.DisputeNumber}/review", null, Cancellation);

        Assert.Contains(queue.Items, item => item.DisputeNumber == routed.DisputeNumber);
        Assert.DoesNotContain(queue.Items, item => item.DisputeNumber == plans.DisputeNumber);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (review.StatusCode, resolution.StatusCode, notTheirs.StatusCode));
        Assert.Equal(DisputeOutcome.Overturned, (await ReadAsync(routed.DisputeNumber)).Outcome);
    }

    [Fact]
    public async Task DSP_10_steps_out_of_order_are_a_409_and_only_plan_staff_review_or_resolve()
    {
        var claim = await service.FinalizedClaimAsync();
        var dispute = await AcknowledgedAsync(claim);
        using var office = service.Office(claim);

        using var early = await ResolveAsync(dispute, new { outcome = "Upheld", rationale = "Paid per contract." });
        using var officeReview = await office.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/review", null, Cancellation);
        using var review = await reviewer.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/review", null, Cancellation);
        using var again = await reviewer.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/review", null, Cancellation);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Conflict),
            (early.StatusCode, officeReview.StatusCode, review.StatusCode, again.StatusCode));
    }

    public static TheoryData<string, string> BadResolutions => new()
    {
        { """{"outcome":"Upheld","rationale":"Paid per contract.","payableAmount":90.00}""", "payableAmount" },
        { """{"outcome":"Overturned","rationale":"Underpaid."}""", "payableAmount" },
        { """{"outcome":"Overturned","rationale":"Underpaid.","payableAmount":80.00}""", "payableAmount" },
        { """{"outcome":"Overturned","rationale":"Underpaid.","payableAmount":120.01}""", "payableAmount" },
        { """{"outcome":"Overturned","rationale":"Underpaid.","payableAmount":90.001}""", "payableAmount" },
        { """{"outcome":"Maybe","rationale":"Underpaid."}""", "outcome" },
        { """{"outcome":"Upheld","rationale":"  "}""", "rationale" },
    };

    [Theory]
    [MemberData(nameof(BadResolutions))]
    public async Task DSP_10_a_decision_without_its_rationale_or_with_an_amount_that_does_not_fit_is_a_400_naming_it_and_changes_nothing(string body, string field)
    {
        var claim = await service.FinalizedClaimAsync();
        var dispute = await AcknowledgedAsync(claim);
        (await reviewer.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/review", null, Cancellation)).EnsureSuccessStatusCode();

        using var response = await reviewer.PostAsync($"/api/v1/disputes/{dispute.DisputeNumber}/resolution",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        await DisputeForms.AssertProblemAsync(response, field);
        Assert.Equal(DisputeStatus.InReview, (await ReadAsync(dispute.DisputeNumber)).Status);
    }

    [Fact]
    public async Task DSP_10_the_office_withdraws_an_open_dispute_and_may_then_file_another_but_a_closed_one_stays_closed()
    {
        var claim = await service.FinalizedClaimAsync();
        using var office = service.Office(claim);
        var dispute = await AcknowledgedAsync(claim);

        using var withdrawn = await office.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/withdrawal", new { reason = "Paid on resubmission." }, Cancellation);
        using var twice = await office.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/withdrawal", new { }, Cancellation);
        using var another = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Created), (withdrawn.StatusCode, twice.StatusCode, another.StatusCode));
        Assert.Equal("Paid on resubmission.", (await ReadAsync(dispute.DisputeNumber)).History[^1].Note);
        Assert.Contains(await EventsAsync<DisputeWithdrawn>(), e => e.DisputeNumber == dispute.DisputeNumber);
    }

    [Fact]
    public async Task ACC_01_another_office_can_neither_see_nor_withdraw_a_dispute()
    {
        var claim = await service.FinalizedClaimAsync();
        var dispute = await AcknowledgedAsync(claim);
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));

        using var withdrawal = await stranger.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/withdrawal", new { }, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, withdrawal.StatusCode);
        Assert.Equal(DisputeStatus.Acknowledged, (await ReadAsync(dispute.DisputeNumber)).Status);
    }

    /// <summary>Files a dispute of the claim as its office and waits for the acknowledgment on receipt.</summary>
    private async Task<DisputeResponse> AcknowledgedAsync(DisputableClaim claim)
    {
        var number = (await service.FileAsync(claim)).DisputeNumber;
        return await Eventually.ValueAsync(async () => await ReadAsync(number) is { Status: DisputeStatus.Acknowledged } read ? read : null);
    }

    private async Task<DisputeResponse> ReadAsync(string disputeNumber) =>
        (await reviewer.GetFromJsonAsync<DisputeResponse>($"/api/v1/disputes/{disputeNumber}", Cancellation))!;

    private Task<HttpResponseMessage> ResolveAsync(DisputeResponse dispute, object decision) =>
        reviewer.PostAsJsonAsync($"/api/v1/disputes/{dispute.DisputeNumber}/resolution", decision, Cancellation);

    private Task<List<T>> EventsAsync<T>() => service.QueryAsync(async db =>
        (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith(typeof(T).FullName!)).Select(m => m.Payload).ToListAsync())
            .Select(payload => JsonSerializer.Deserialize<T>(payload, JsonSerializerOptions.Web)!).ToList());
}
