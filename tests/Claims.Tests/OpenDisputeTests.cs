using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Claims.Lookup;
using Platform.Contracts.Disputes;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class OpenDisputeTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task DSP_01_CLM_05_a_finalized_claim_with_a_dispute_open_on_it_is_not_disputable_again()
    {
        var (claimNumber, claimId) = await FinalizedAsync();
        Assert.True((await DetailAsync(claimNumber)).Disputable);

        await DeliverAsync(new DisputeSubmitted(Guid.CreateVersion7(), "PDR260000001", claimId, claimNumber, 1, null, DateTimeOffset.UtcNow));

        var detail = await DetailAsync(claimNumber);
        Assert.Equal((false, "PDR260000001"), (detail.Disputable, detail.OpenDispute));
    }

    [Fact]
    public async Task DSP_10_a_decided_or_withdrawn_dispute_leaves_the_claim_disputable_again_and_a_late_word_of_an_older_one_changes_nothing()
    {
        var (resolvedClaim, resolvedId) = await FinalizedAsync();
        var (withdrawnClaim, withdrawnId) = await FinalizedAsync();
        await DeliverAsync(new DisputeSubmitted(Guid.CreateVersion7(), "PDR260000002", resolvedId, resolvedClaim, 1, null, DateTimeOffset.UtcNow));
        await DeliverAsync(new DisputeSubmitted(Guid.CreateVersion7(), "PDR260000003", withdrawnId, withdrawnClaim, 1, null, DateTimeOffset.UtcNow));

        await DeliverAsync(new DisputeWithdrawn(Guid.CreateVersion7(), "PDR260000001", resolvedId, resolvedClaim, DateTimeOffset.UtcNow));
        Assert.Equal("PDR260000002", (await DetailAsync(resolvedClaim)).OpenDispute);
        await DeliverAsync(new DisputeResolved(Guid.CreateVersion7(), "PDR260000002", resolvedId, resolvedClaim, "Upheld", 80.00m, null, "Paid per contract.", DateTimeOffset.UtcNow));
        await DeliverAsync(new DisputeWithdrawn(Guid.CreateVersion7(), "PDR260000003", withdrawnId, withdrawnClaim, DateTimeOffset.UtcNow));

        var (resolved, withdrawn) = (await DetailAsync(resolvedClaim), await DetailAsync(withdrawnClaim));
        Assert.Equal((true, null, true, null), (resolved.Disputable, resolved.OpenDispute, withdrawn.Disputable, withdrawn.OpenDispute));
    }

    private async Task<(string ClaimNumber, Guid ClaimId)> FinalizedAsync()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 120.00m);
        using var finalized = await staff.PostAsJsonAsync($"{ClaimsFixture.Intake}/{claimNumber}/adjudication", TestClaims.Finalization(120.00m, 80.00m), TestContext.Current.CancellationToken);
        finalized.EnsureSuccessStatusCode();
        return (claimNumber, await service.QueryAsync(db => db.Claims.Where(c => c.ClaimNumber == claimNumber).Select(c => c.Id).SingleAsync()));
    }

    /// <summary>Publishes the dispute service's event and waits until claims has processed it.</summary>
    private async Task DeliverAsync<T>(T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId)));
    }

    private async Task<ClaimDetail> DetailAsync(string claimNumber) =>
        (await staff.GetFromJsonAsync<ClaimDetail>($"{ClaimsFixture.Intake}/{claimNumber}", JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
}
