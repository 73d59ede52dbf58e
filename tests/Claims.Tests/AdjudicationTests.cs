using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Claims.Claims;
using Platform.Contracts.Claims;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class AdjudicationTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task CLM_05_finalizing_commits_ClaimFinalized_to_the_outbox_the_relay_publishes_it_and_the_claim_becomes_disputable()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 300.00m);

        using var response = await AdjudicateAsync(claimNumber, TestClaims.Finalization(300.00m, 212.40m));

        var detail = await ClaimsFixture.DetailAsync(response);
        Assert.Equal((ClaimStatus.Finalized, 212.40m, true), (detail.Status, detail.PayableAmount, detail.Disputable));
        var finalized = await Eventually.ValueAsync(async () => (await service.EventsAsync<ClaimFinalized>(sent: true)).SingleOrDefault(e => e.ClaimNumber == claimNumber));
        Assert.Equal((300.00m, 212.40m, "Finalized", "Medi-Cal"), (finalized.BilledAmount, finalized.PayableAmount, finalized.Status, finalized.LineOfBusiness));
    }

    [Fact]
    public async Task The_patient_responsibility_is_the_members_cost_share_and_a_claim_paid_at_0_towards_a_deductible_is_not_denied()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 150.00m);
        var decision = new
        {
            status = "Finalized",
            lines = new[] { new { lineNumber = 1, allowedAmount = 95.00m, payableAmount = 0.00m, adjustments = new[] { new { group = "CO", reason = "45", amount = 55.00m }, new { group = "PR", reason = "1", amount = 95.00m } } } },
        };

        using var response = await AdjudicateAsync(claimNumber, decision);

        var detail = await ClaimsFixture.DetailAsync(response);
        Assert.Equal((ClaimStatus.Finalized, 0m, 95.00m, LineStatus.Paid), (detail.Status, detail.PayableAmount, detail.MemberCostShare, detail.Lines[0].Status));
    }

    [Fact]
    public async Task A_determination_must_decide_every_line_once_within_the_charge_and_balance_its_adjustments()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 100.00m);

        using var unbalanced = await AdjudicateAsync(claimNumber, new { status = "Finalized", lines = new[] { new { lineNumber = 1, allowedAmount = 80m, payableAmount = 80m, adjustments = new[] { new { group = "CO", reason = "45", amount = 10m } } } } });
        using var missingLine = await AdjudicateAsync(claimNumber, new { status = "Finalized", lines = new[] { new { lineNumber = 2, allowedAmount = 80m, payableAmount = 80m } } });
        using var overAllowed = await AdjudicateAsync(claimNumber, new { status = "Finalized", lines = new[] { new { lineNumber = 1, allowedAmount = 100.01m, payableAmount = 90m, adjustments = new[] { new { group = "CO", reason = "45", amount = 10m } } } } });
        using var badCodes = await AdjudicateAsync(claimNumber, new { status = "Finalized", lines = new[] { new { lineNumber = 1, allowedAmount = 80m, payableAmount = 80m, adjustments = new[] { new { group = "XX", reason = "4567", amount = 20m } }, remarkCodes = new[] { "Q1" } } } });
        using var empty = await AdjudicateAsync(claimNumber, new { });
        using var deniedWithoutReason = await AdjudicateAsync(claimNumber, new { status = "Denied", lines = new[] { new { lineNumber = 1, allowedAmount = 0m, payableAmount = 0m, adjustments = new[] { new { group = "CO", reason = "50", amount = 100m } } } } });

        Assert.Equal(["lines[0].adjustments"], (await unbalanced.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["lines"], (await missingLine.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["lines[0].allowedAmount"], (await overAllowed.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equivalent(new[] { "lines[0].adjustments[0].group", "lines[0].adjustments[0].reason", "lines[0].remarkCodes" }, (await badCodes.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields(), strict: true);
        Assert.Equal(["status"], (await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(["reason"], (await deniedWithoutReason.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(ClaimStatus.Received, await StatusAsync(claimNumber));
    }

    [Fact]
    public async Task A_pended_claim_is_finalized_later_and_a_finalized_one_is_adjusted_not_pended()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 100.00m);

        using var pended = await AdjudicateAsync(claimNumber, new { status = "Pended", reason = "Medical records requested." });
        using var finalized = await AdjudicateAsync(claimNumber, TestClaims.Finalization(100m, 70m));
        using var resent = await AdjudicateAsync(claimNumber, TestClaims.Finalization(100m, 70m));
        using var pendAgain = await AdjudicateAsync(claimNumber, new { status = "Pended", reason = "Second look." });
        using var adjusted = await AdjudicateAsync(claimNumber, TestClaims.Finalization(100m, 85m));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK],
            new[] { pended, finalized, resent, pendAgain, adjusted }.Select(r => r.StatusCode));
        Assert.Single(await service.EventsAsync<ClaimFinalized>(), e => e.ClaimNumber == claimNumber);
        var adjustment = Assert.Single(await service.EventsAsync<ClaimAdjusted>(), e => e.ClaimNumber == claimNumber);
        Assert.Equal((70m, 85m), (adjustment.PreviousPayableAmount, adjustment.PayableAmount));
    }

    [Fact]
    public async Task An_unknown_claim_is_a_404_problem()
    {
        using var response = await AdjudicateAsync(TestData.ClaimNumber(), TestClaims.Finalization(10m, 10m));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> AdjudicateAsync(string claimNumber, object decision) =>
        staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/adjudication", decision, TestContext.Current.CancellationToken);

    private Task<ClaimStatus> StatusAsync(string claimNumber) =>
        service.QueryAsync(db => db.Claims.Where(c => c.ClaimNumber == claimNumber).Select(c => c.Status).SingleAsync());
}
