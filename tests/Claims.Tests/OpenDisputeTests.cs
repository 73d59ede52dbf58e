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
        var claimNumber = await service.RecordAsync(staff, billed: 120.00m);
        using var finalized = await staff.PostAsJsonAsync($"{ClaimsFixture.Intake}/{claimNumber}/adjudication", TestClaims.Finalization(120.00m, 80.00m), TestContext.Current.CancellationToken);
        var claim = await ClaimsFixture.DetailAsync(finalized);
        Assert.True(claim.Disputable);
        var claimId = await service.QueryAsync(db => db.Claims.Where(c => c.ClaimNumber == claimNumber).Select(c => c.Id).SingleAsync());
        var messageId = NewId.NextGuid();

        await service.Services.GetRequiredService<IBus>().Publish(
            new DisputeSubmitted(Guid.CreateVersion7(), "PDR260000001", claimId, claimNumber, 1, null, DateTimeOffset.UtcNow),
            context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId)));

        var detail = (await staff.GetFromJsonAsync<ClaimDetail>($"{ClaimsFixture.Intake}/{claimNumber}", JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
        Assert.Equal((false, "PDR260000001"), (detail.Disputable, detail.OpenDispute));
    }
}
