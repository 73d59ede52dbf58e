using System.Net;
using Platform.Eligibility.AccessStandards;
using Platform.Eligibility.HealthNetworks;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

/// <summary>The provider directory and the reference data (POR-02): no PHI, so any Members user of any office reads them.</summary>
public sealed class ProviderDirectoryTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    private readonly HttpClient office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

    [Fact]
    public async Task Providers_are_found_by_part_of_the_name_by_NPI_or_within_a_TIN()
    {
        var family = Population.Word();
        var group = Population.Provider(name: $"Dr. Ada {family}", tin: "334455667", networks: ["CCN", "ALTAMED"]);
        var sameGroup = Population.Provider(ProviderType.Specialist, name: "Dr. Ben Ortiz", tin: "334455667");
        var elsewhere = Population.Provider(name: $"Dr. Cy {family}");
        await service.SaveAsync(group, sameGroup, elsewhere);

        var byName = await SearchAsync($"search={family.ToUpperInvariant()}");
        var byNpi = await SearchAsync($"search={sameGroup.Npi}");
        var byTin = await SearchAsync("tin=33-4455667");

        Assert.Equal(new[] { group.Npi, elsewhere.Npi }.Order(), byName.Items.Select(p => p.Npi));
        Assert.Equal([sameGroup.Npi], byNpi.Items.Select(p => p.Npi));
        Assert.Equal(new[] { group.Npi, sameGroup.Npi }.Order(), byTin.Items.Select(p => p.Npi));
        Assert.Equal(["CCN", "ALTAMED"], byName.Items.Single(p => p.Npi == group.Npi).Networks);
    }

    [Fact]
    public async Task Provider_search_is_keyset_paginated()
    {
        var tin = "778899001";
        var providers = Enumerable.Range(0, 5).Select(_ => Population.Provider(tin: tin)).ToArray();
        await service.SaveAsync(providers);

        var first = await SearchAsync($"tin={tin}&limit=3");
        var second = await SearchAsync($"tin={tin}&limit=3&after={first.Next}");

        Assert.Equal(providers.Select(p => p.Npi).Order(), first.Items.Concat(second.Items).Select(p => p.Npi));
        Assert.Null(second.Next);
    }

    [Theory]
    [InlineData("tin=12-345", "tin")]
    [InlineData("limit=0", "limit")]
    public async Task A_malformed_provider_search_is_refused_naming_the_field(string query, string field)
    {
        using var response = await office.GetAsync($"/api/v1/providers?{query}", TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync(field);
    }

    [Fact]
    public async Task POR_02_the_access_standards_are_listed_in_the_decks_order()
    {
        var standards = await (await office.GetAsync("/api/v1/access-standards", TestContext.Current.CancellationToken))
            .OkAsync<List<AccessStandardResponse>>();

        Assert.Equal(13, standards.Count);
        Assert.Equal(("Emergency services", "Immediately. 24/7"), (standards[0].TypeOfCare, standards[0].Standard));
        Assert.Contains(standards, s => s.TypeOfCare == "Primary care" && s.Standard == "Within 10 working days after date of request");
    }

    [Fact]
    public async Task ELG_03_POR_02_health_networks_carry_their_risk_type_from_the_delivery_model()
    {
        var networks = await (await office.GetAsync("/api/v1/health-networks", TestContext.Current.CancellationToken))
            .OkAsync<List<HealthNetworkResponse>>();
        var risk = networks.ToDictionary(n => n.Code, n => n.RiskType);

        Assert.Equal((RiskType.Shared, RiskType.Full, null), (risk["ALTAMED"], risk["PROSPECT"], risk["CCN"]));
    }

    [Fact]
    public async Task The_directory_needs_the_Members_module()
    {
        using var claimsOnly = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Claims));

        using var response = await claimsOnly.GetAsync("/api/v1/providers", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<Page<ProviderResponse>> SearchAsync(string query) =>
        await (await office.GetAsync($"/api/v1/providers?{query}", TestContext.Current.CancellationToken)).OkAsync<Page<ProviderResponse>>();
}
