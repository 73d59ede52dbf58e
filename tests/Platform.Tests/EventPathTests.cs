using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

[Collection(PlatformCollection.Name)]
public sealed class EventPathTests(PlatformFixture platform)
{
    [Fact]
    public async Task CLM_05_a_claim_finalized_in_claims_becomes_disputable_in_dispute_through_RabbitMQ()
    {
        using var staff = await platform.SignedInAsync(DemoSeed.PlanStaff);
        // ACC-01: the claim is billed by the one provider of the user's collection, so the user may see it.
        using var provider = await platform.SignedInAsync(DemoSeed.ProviderUser);
        var claimNumber = TestData.ClaimNumber();
        var cin = TestData.Cin();
        var claim = TestClaims.Claim(claimNumber, cin, DemoSeed.AnaheimPediatrician.Npi, 180.00m, "2026-08-03");

        (await TestClaims.EnrollAndRecordAsync(staff, claim, cin)).EnsureSuccessStatusCode();
        using var before = await provider.GetAsync($"/api/dispute/v1/disputable-claims/{claimNumber}", TestContext.Current.CancellationToken);
        (await staff.PostAsJsonAsync($"/api/claims/v1/claims/{claimNumber}/adjudication", TestClaims.Finalization(180.00m, 150.00m), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var disputable = await Eventually.ValueAsync(async () =>
        {
            using var response = await provider.GetAsync($"/api/dispute/v1/disputable-claims/{claimNumber}");
            return response.StatusCode == HttpStatusCode.OK ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()) : null;
        });
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(150.00m, disputable.RootElement.GetProperty("payableAmount").GetDecimal());
    }
}
