using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Claims;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class FinalizeClaimTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task CLM_05_finalizing_commits_ClaimFinalized_to_the_outbox_and_the_relay_publishes_it()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 300.00m);

        using var response = await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/finalization", new { payableAmount = 212.40m }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finalized = await Eventually.ValueAsync(async () => (await SentEventsAsync()).SingleOrDefault(e => e.ClaimNumber == claimNumber));
        Assert.Equal((claimNumber, 300.00m, 212.40m), (finalized.ClaimNumber, finalized.BilledAmount, finalized.PayableAmount));
    }

    [Fact]
    public async Task Finalizing_a_finalized_claim_is_a_conflict_and_publishes_nothing_more()
    {
        var claimNumber = await service.RecordAsync(staff);
        (await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/finalization", new { payableAmount = 10m }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        using var again = await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/finalization", new { payableAmount = 20m }, TestContext.Current.CancellationToken);

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await EventsAsync(), e => e.ClaimNumber == claimNumber);
    }

    [Fact]
    public async Task A_payable_amount_above_the_billed_amount_is_refused_with_the_field()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 100.00m);

        using var response = await staff.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/finalization", new { payableAmount = 100.01m }, TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["payableAmount"], problem.ErrorFields());
    }

    private Task<List<ClaimFinalized>> SentEventsAsync() => EventsAsync(sent: true);

    private Task<List<ClaimFinalized>> EventsAsync(bool sent = false) => service.QueryAsync(async db =>
        (await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.StartsWith(typeof(ClaimFinalized).FullName!) && (!sent || m.SentAt != null)).ToListAsync())
            .Select(m => JsonSerializer.Deserialize<ClaimFinalized>(m.Payload, JsonSerializerOptions.Web)!)
            .ToList());
}
