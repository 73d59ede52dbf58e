using System.Net;
using System.Net.Http.Json;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class DisputeLookupTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DSP_08_an_office_finds_its_disputes_by_claim_member_provider_and_status_newest_first_page_by_page()
    {
        var npi = TestData.Npi();
        var claims = new List<DisputableClaim>();
        for (var i = 0; i < 3; i++)
        {
            claims.Add(await service.FinalizedClaimAsync(billingNpi: npi));
        }

        using var office = service.ClientWith(TestTokens.ForProviders([npi], Modules.Disputes));
        var filed = new List<string>();
        foreach (var claim in claims)
        {
            using var response = await DisputeForms.SubmitAsync(office, DisputeForms.Form(claim));
            filed.Add((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<DisputeResponse>(Cancellation))!.DisputeNumber);
        }

        var byClaim = await SearchAsync(office, $"claimNumber={claims[1].ClaimNumber}");
        var byMember = await SearchAsync(office, $"cin={claims[2].Cin}");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await SearchAsync(office, $"npi={npi}&limit=2{(after is null ? "" : $"&after={after}")}");
            seen.AddRange(page.Items.Select(d => d.DisputeNumber));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal([filed[1]], byClaim.Items.Select(d => d.DisputeNumber));
        Assert.Equal([filed[2]], byMember.Items.Select(d => d.DisputeNumber));
        Assert.Equal(Enumerable.Reverse(filed), seen);
        var withdrawn = await SearchAsync(office, $"npi={npi}&status=Withdrawn");
        Assert.Empty(withdrawn.Items);
    }

    [Fact]
    public async Task ACC_01_another_office_finds_none_of_them()
    {
        var claim = await service.FinalizedClaimAsync();
        (await DisputeForms.SubmitAsync(service.Office(claim), DisputeForms.Form(claim))).EnsureSuccessStatusCode();
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Disputes));

        var page = await SearchAsync(stranger, $"claimNumber={claim.ClaimNumber}");

        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("claimNumber=no", "claimNumber")]
    [InlineData("cin=123", "cin")]
    [InlineData("npi=1234567890", "npi")]
    [InlineData("status=Lost", "status")]
    [InlineData("status=1", "status")]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("from=1850-01-01", "from")]
    [InlineData("after=x", "after")]
    [InlineData("limit=0", "limit")]
    public async Task DSP_08_a_search_parameter_out_of_its_format_is_a_400_naming_it(string query, string field)
    {
        using var client = service.ClientWith(TestTokens.PlanStaff);

        using var response = await client.GetAsync($"/api/v1/disputes?{query}", Cancellation);

        await DisputeForms.AssertProblemAsync(response, field);
    }

    private static async Task<Page<DisputeSummary>> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/disputes?{query}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Page<DisputeSummary>>(Cancellation))!;
    }
}
