using System.Net;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Claims.Tests;

public sealed class ClaimScopeTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    [Fact]
    public async Task ACC_01_a_claim_of_a_provider_outside_the_users_collection_is_not_found()
    {
        var theirs = await service.RecordAsync(service.ClientWith(TestTokens.PlanStaff));
        using var provider = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Claims));

        using var response = await provider.GetAsync($"/api/v1/claims/{theirs}", TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ACC_06_a_partner_sees_the_claims_its_network_is_responsible_for_and_no_other()
    {
        using var staff = service.ClientWith(TestTokens.PlanStaff);
        var ours = await service.RecordAsync(staff, healthNetwork: "ALTAMED");
        var otherNetwork = await service.RecordAsync(staff, healthNetwork: "KAISER");
        var plans = await service.RecordAsync(staff);
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Claims));

        var statuses = new List<HttpStatusCode>();
        foreach (var claimNumber in new[] { ours, otherNetwork, plans })
        {
            using var response = await partner.GetAsync($"/api/v1/claims/{claimNumber}", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses);
    }

    [Fact]
    public async Task ACC_01_plan_staff_see_claims_of_every_provider()
    {
        var claimNumber = await service.RecordAsync(service.ClientWith(TestTokens.PlanStaff));
        using var reviewer = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Claims));

        using var response = await reviewer.GetAsync($"/api/v1/claims/{claimNumber}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
