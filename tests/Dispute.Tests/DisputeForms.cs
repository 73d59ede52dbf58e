using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

/// <summary>The dispute tests' claims, callers and forms: a finalized claim in the service's copy, its office, a filled-in form.</summary>
public static class DisputeForms
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A claim as ClaimFinalized would have left it (written directly: these tests are about disputes, not the copy).</summary>
    public static async Task<DisputableClaim> FinalizedClaimAsync(this DisputeFixture service, string? healthNetwork = null, string lineOfBusiness = "Medi-Cal",
        DateTimeOffset? finalizedAt = null, string? billingNpi = null)
    {
        var claim = new DisputableClaim
        {
            ClaimId = Guid.CreateVersion7(),
            ClaimNumber = TestData.ClaimNumber(),
            Cin = TestData.Cin(),
            BillingNpi = billingNpi ?? TestData.Npi(),
            ServiceFrom = new DateOnly(2026, 9, 1),
            ServiceTo = new DateOnly(2026, 9, 1),
            BilledAmount = 120.00m,
            PayableAmount = 80.00m,
            FinalizedAt = finalizedAt ?? DateTimeOffset.UtcNow.AddDays(-10),
            HealthNetwork = healthNetwork,
            LineOfBusiness = lineOfBusiness,
        };
        await service.QueryAsync(async db =>
        {
            db.DisputableClaims.Add(claim);
            return await db.SaveChangesAsync();
        });
        return claim;
    }

    /// <summary>A user of the office that billed the claim.</summary>
    public static HttpClient Office(this DisputeFixture service, DisputableClaim claim) =>
        service.ClientWith(TestTokens.ForProviders([claim.BillingNpi], Modules.Disputes));

    public static SubmitDisputeRequest Form(DisputableClaim claim) => new(
        claim.ClaimNumber, "Processing", "Line 1 was paid at the Medicare rate, not our contracted rate.", "Pay line 1 at the contracted rate.",
        new DisputeContactRequest("Ana Ortiz", "billing@office.example", "(714) 555-0100", "Billing lead"));

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, SubmitDisputeRequest form, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/disputes") { Content = JsonContent.Create(form) };
        request.Headers.Add(SubmitDispute.IdempotencyHeader, key ?? Guid.NewGuid().ToString());
        return await client.SendAsync(request, Cancellation);
    }

    /// <summary>Files a dispute of the claim as its office; the dispute as it was filed.</summary>
    public static async Task<DisputeResponse> FileAsync(this DisputeFixture service, DisputableClaim claim)
    {
        using var office = service.Office(claim);
        using var response = await SubmitAsync(office, Form(claim));
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!;
    }

    public static async Task<HttpValidationProblemDetails> AssertProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!;
        Assert.Contains(field, problem.Errors.Keys);
        return problem;
    }
}
