using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Platform.Claims.Lookup;
using Platform.Claims.Payments;
using Platform.Contracts.Claims;
using Platform.Contracts.Disputes;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class OpenDisputeTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    /// <summary>The billing provider of this class's claims.</summary>
    private static readonly string Npi = TestData.Npi();

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

    [Fact]
    public async Task DSP_10_an_overturn_raises_the_claims_payable_once_announced_as_ClaimAdjusted_and_its_first_payment_pays_it_all()
    {
        var (claimNumber, claimId) = await FinalizedAsync();
        var overturned = new DisputeResolved(Guid.CreateVersion7(), "PDR260000010", claimId, claimNumber, "Overturned", 80.00m, 110.00m, "Contracted rate applies.", DateTimeOffset.UtcNow);
        await DeliverAsync(new DisputeSubmitted(overturned.DisputeId, overturned.DisputeNumber, claimId, claimNumber, 1, null, DateTimeOffset.UtcNow));

        await DeliverAsync(overturned);
        await DeliverAsync(overturned);

        var detail = await DetailAsync(claimNumber);
        Assert.Equal((110.00m, 110.00m, true), (detail.PayableAmount!.Value, detail.Lines[0].PayableAmount!.Value, detail.Disputable));
        var adjustment = Assert.Single(detail.DisputeAdjustments);
        Assert.Equal(("PDR260000010", 80.00m, 110.00m, null), (adjustment.DisputeNumber, adjustment.PreviousPayableAmount, adjustment.PayableAmount, adjustment.PaymentNumber));
        var announced = Assert.Single(await service.EventsAsync<ClaimAdjusted>(), e => e.ClaimNumber == claimNumber);
        Assert.Equal((80.00m, 110.00m), (announced.PreviousPayableAmount, announced.PayableAmount));

        var remittance = await PayAsync("FIRST", claimNumber);
        Assert.Equal((110.00m, 110.00m), (remittance.Amount, Assert.Single(remittance.Claims).PayableAmount));
        Assert.Empty(remittance.PriorClaimsAdjusted);
        Assert.Equal(remittance.Number, Assert.Single((await DetailAsync(claimNumber)).DisputeAdjustments).PaymentNumber);
    }

    [Fact]
    public async Task DSP_10_CLM_03_an_overturn_of_a_paid_claim_is_owed_and_its_next_remittance_pays_the_difference_among_the_prior_claims_adjusted()
    {
        var (claimNumber, claimId) = await FinalizedAsync();
        var first = await PayAsync("FIRST", claimNumber);

        await DeliverAsync(new DisputeResolved(Guid.CreateVersion7(), "PDR260000011", claimId, claimNumber, "PartiallyOverturned", 80.00m, 100.00m, "Line 1 at the contracted rate.", DateTimeOffset.UtcNow));

        Assert.Null(Assert.Single((await DetailAsync(claimNumber)).DisputeAdjustments).PaymentNumber);
        var next = await PayAsync("NEXT", claimNumber);
        Assert.Equal(20.00m, next.Amount);
        Assert.Empty(next.Claims);
        var prior = Assert.Single(next.PriorClaimsAdjusted);
        Assert.Equal((claimNumber, "PDR260000011", first.Number, 80.00m, 100.00m, 20.00m),
            (prior.ClaimNumber, prior.DisputeNumber, prior.FirstPaymentNumber, prior.PreviousPayableAmount, prior.PayableAmount, prior.Amount));
        var csv = await staff.GetStringAsync($"/api/v1/payments/{next.PaymentId}/remittance?format=csv", TestContext.Current.CancellationToken);
        Assert.Contains($"{claimNumber},Adjusted,", csv);
        Assert.Contains("Dispute PDR260000011 overturned: payable 80.00 to 100.00", csv);

        using var again = await staff.PostAsJsonAsync("/api/v1/payments", ClaimsFixture.Payment("EFT", $"A{Guid.NewGuid():N}"[..20], Npi, claimNumber), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    private async Task<(string ClaimNumber, Guid ClaimId)> FinalizedAsync()
    {
        var claimNumber = await service.RecordAsync(staff, billed: 120.00m, billingNpi: Npi);
        using var finalized = await staff.PostAsJsonAsync($"{ClaimsFixture.Intake}/{claimNumber}/adjudication", TestClaims.Finalization(120.00m, 80.00m), TestContext.Current.CancellationToken);
        finalized.EnsureSuccessStatusCode();
        return (claimNumber, await service.QueryAsync(db => db.Claims.Where(c => c.ClaimNumber == claimNumber).Select(c => c.Id).SingleAsync()));
    }

    /// <summary>An EFT to the claims' provider; its Remittance Advice.</summary>
    private async Task<RemittanceAdvice> PayAsync(string prefix, string claimNumber)
    {
        using var response = await staff.PostAsJsonAsync("/api/v1/payments", ClaimsFixture.Payment("EFT", $"{prefix}{Guid.NewGuid():N}"[..20], Npi, claimNumber), TestContext.Current.CancellationToken);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<RemittanceAdvice>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
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
