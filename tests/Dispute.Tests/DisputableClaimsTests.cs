using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Claims;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Messaging;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class DisputableClaimsTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static ClaimFinalized Finalized(decimal payable = 80.00m) => new(
        Guid.CreateVersion7(), TestData.ClaimNumber(), TestData.Cin(), TestData.Npi(),
        new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), 120.00m, payable, new DateTimeOffset(2026, 10, 15, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CLM_05_a_finalized_claim_published_on_RabbitMQ_becomes_disputable_with_its_DSP_04_deadline()
    {
        var finalized = Finalized();

        await PublishAsync(finalized, Guid.NewGuid());

        using var client = service.ClientWith(TestTokens.ForProviders([finalized.BillingNpi], Modules.Disputes));
        var claim = await Eventually.ValueAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/v1/disputable-claims/{finalized.ClaimNumber}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<DisputableClaimResponse>() : null;
        });
        Assert.Equal((finalized.PayableAmount, new DateOnly(2027, 10, 15)), (claim.PayableAmount, claim.FileBy));
    }

    [Fact]
    public async Task DSP_04_09_an_adjusted_claim_is_disputed_from_its_new_determination_with_its_new_amount_and_a_late_older_word_changes_nothing()
    {
        var finalized = Finalized();
        await PublishAsync(finalized, Guid.NewGuid());
        var adjustedAt = new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero);

        Guid[] adjustments = [Guid.NewGuid(), Guid.NewGuid()];

        await PublishAsync(Adjusted(finalized, 110.00m, adjustedAt), adjustments[0]);
        await PublishAsync(Adjusted(finalized, 95.00m, adjustedAt.AddDays(-1)), adjustments[1]);

        using var client = service.ClientWith(TestTokens.ForProviders([finalized.BillingNpi], Modules.Disputes));
        // This claim's two adjustments, each taken (one may be retried until the finalization has arrived), not other tests' rows.
        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.Set<InboxMessage>()
            .CountAsync(m => m.Consumer == nameof(ClaimAdjustedConsumer) && adjustments.Contains(m.MessageId))) == 2);
        var claim = (await client.GetFromJsonAsync<DisputableClaimResponse>($"/api/v1/disputable-claims/{finalized.ClaimNumber}", TestContext.Current.CancellationToken))!;
        Assert.Equal((110.00m, new DateOnly(2027, 11, 20)), (claim.PayableAmount, claim.FileBy));
    }

    [Fact]
    public async Task CLM_05_a_later_determination_replaces_the_claim_and_an_older_one_arriving_late_changes_nothing()
    {
        var first = Finalized(payable: 80.00m);
        var later = first with { PayableAmount = 100.00m, FinalizedAt = first.FinalizedAt.AddDays(3) };
        Guid[] messages = [Guid.NewGuid(), Guid.NewGuid()];

        await PublishAsync(later, messages[0]);
        await PublishAsync(first, messages[1]);

        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => messages.Contains(m.MessageId))) == 2);
        using var client = service.ClientWith(TestTokens.ForProviders([first.BillingNpi], Modules.Disputes));
        var claim = (await client.GetFromJsonAsync<DisputableClaimResponse>($"/api/v1/disputable-claims/{first.ClaimNumber}", TestContext.Current.CancellationToken))!;
        Assert.Equal(100.00m, claim.PayableAmount);
    }

    [Fact]
    public async Task A_claim_number_out_of_its_format_is_a_400_naming_it()
    {
        using var client = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));

        using var response = await client.GetAsync("/api/v1/disputable-claims/no", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"claimNumber\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ACC_01_a_disputable_claim_of_a_provider_outside_the_users_collection_is_not_found()
    {
        var finalized = Finalized();
        await PublishAsync(finalized, Guid.NewGuid());
        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.DisputableClaims.AnyAsync(c => c.ClaimId == finalized.ClaimId)));
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));

        using var response = await stranger.GetAsync($"/api/v1/disputable-claims/{finalized.ClaimNumber}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_applied_once()
    {
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = service.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        var first = Finalized(payable: 80.00m);
        // Same message id, different body: only a skipped redelivery can leave the first amount in place.
        var redelivery = first with { PayableAmount = 1.00m };

        await PublishAsync(first, messageId);
        await Eventually.TrueAsync(() => Task.FromResult(consumed.Count == 1));
        await PublishAsync(redelivery, messageId);
        await Eventually.TrueAsync(() => Task.FromResult(consumed.Count == 2));

        var (payable, inboxRows) = await service.QueryAsync(async db => (
            (await db.DisputableClaims.SingleAsync(c => c.ClaimId == first.ClaimId)).PayableAmount,
            await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
        Assert.Equal((80.00m, 1), (payable, inboxRows));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_in_the_error_queue_and_does_not_block_the_next()
    {
        // A claim number longer than the column: the consumer fails on every delivery.
        var poison = Finalized() with { ClaimNumber = new string('9', 40) };
        var healthy = Finalized();

        await PublishAsync(poison, Guid.NewGuid());
        await PublishAsync(healthy, Guid.NewGuid());

        await Eventually.TrueAsync(async () => await BrokerQueues.CountAsync(service.BrokerUri, "dispute-claim-finalized_error") == 1);
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.DisputableClaims.AnyAsync(c => c.ClaimId == healthy.ClaimId)));
        Assert.False(await service.QueryAsync(db => db.DisputableClaims.AnyAsync(c => c.ClaimId == poison.ClaimId)));
    }

    [Fact]
    public async Task The_list_pages_by_claim_number_without_repeating_or_skipping()
    {
        var published = Enumerable.Range(0, 5).Select(_ => Finalized()).ToList();
        foreach (var finalized in published)
        {
            await PublishAsync(finalized, Guid.NewGuid());
        }

        using var client = service.ClientWith(TestTokens.ForProviders(published.Select(c => c.BillingNpi), Modules.Disputes));
        var ids = published.Select(c => c.ClaimId).ToList();
        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.DisputableClaims.CountAsync(c => ids.Contains(c.ClaimId))) == ids.Count);
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await client.GetFromJsonAsync<Page<DisputableClaimResponse>>(
                $"/api/v1/disputable-claims?limit=2{(after is null ? "" : $"&after={after}")}", TestContext.Current.CancellationToken);
            Assert.InRange(page!.Items.Count, 0, 2);
            seen.AddRange(page.Items.Select(c => c.ClaimNumber));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        // ACC-01: exactly the user's providers' claims, though other tests' claims share the database.
        Assert.Equal(published.Select(c => c.ClaimNumber).ToHashSet(), seen.ToHashSet());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("limit=abc")]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    public async Task A_bad_page_size_is_a_problem_naming_limit(string query)
    {
        using var client = service.ClientWith(TestTokens.For(Roles.User, Modules.Disputes));

        using var response = await client.GetAsync($"/api/v1/disputable-claims?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal(["limit"], problem!.Errors.Keys);
    }

    private static ClaimAdjusted Adjusted(ClaimFinalized claim, decimal payable, DateTimeOffset at) => new(
        claim.ClaimId, claim.ClaimNumber, claim.Cin, claim.BillingNpi, claim.BilledAmount, claim.PayableAmount, payable, "Finalized", at);

    private async Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        await service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
}
