using System.Net;
using System.Net.Http.Json;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class ClaimAccessTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    [Fact]
    public async Task Without_a_token_the_answer_is_401_problem()
    {
        using var anonymous = service.CreateClient();

        using var response = await anonymous.GetAsync($"/api/v1/claims/{TestData.ClaimNumber()}", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        // Same key id as the trusted key, another key: only the signature can tell them apart.
        var forged = TestTokens.Issue("mallory", [Roles.PlanStaff], [Modules.Claims], [], key: TestTokens.NewKey(TestTokens.Key.KeyId!));
        using var client = service.ClientWith(forged);

        using var response = await client.GetAsync($"/api/v1/claims/{TestData.ClaimNumber()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var expired = TestTokens.Issue("late", [Roles.PlanStaff], [Modules.Claims], [], expires: DateTime.UtcNow.AddMinutes(-2));
        using var client = service.ClientWith(expired);

        using var response = await client.GetAsync($"/api/v1/claims/{TestData.ClaimNumber()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ACC_02_a_provider_user_reads_claims_but_cannot_record_or_adjudicate_them()
    {
        var npi = TestData.Npi();
        var claimNumber = await service.RecordAsync(service.ClientWith(TestTokens.PlanStaff), billingNpi: npi);
        using var provider = service.ClientWith(TestTokens.ForProviders([npi], Modules.Claims));

        using var read = await provider.GetAsync($"/api/v1/claims/{claimNumber}", TestContext.Current.CancellationToken);
        using var adjudicate = await provider.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/adjudication", TestClaims.Finalization(250m, 1m), TestContext.Current.CancellationToken);
        using var record = await provider.PostAsJsonAsync(ClaimsFixture.Intake, await service.NewClaimAsync(billingNpi: npi), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await adjudicate.AssertProblemAsync(HttpStatusCode.Forbidden);
        await record.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ACC_02_a_user_without_the_claims_permission_cannot_read_claims()
    {
        using var rosterOnly = service.ClientWith(TestTokens.For(Roles.User, Modules.Roster));

        using var response = await rosterOnly.GetAsync($"/api/v1/claims/{TestData.ClaimNumber()}", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
