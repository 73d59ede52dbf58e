using System.Net.Http.Json;
using Platform.Identity.Admin;
using Platform.Identity.Seed;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-04 (R14 Collection Manager): providers searched by name or provider id, filtered by TIN; collections.</summary>
public sealed class CollectionManagerTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_04_providers_are_found_by_a_part_of_their_name_or_provider_id_in_any_case()
    {
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);
        var byName = DemoSeed.Psychiatrist;
        var byProviderId = DemoSeed.IrvinePediatrician;

        var nameHits = await ea.GetFromJsonAsync<Page<ProviderSummary>>($"/api/v1/admin/providers?search={byName.Name.Split(',')[0].ToUpperInvariant()}", Cancel);
        var idHits = await ea.GetFromJsonAsync<Page<ProviderSummary>>($"/api/v1/admin/providers?search={byProviderId.ProviderId.ToLowerInvariant()}", Cancel);

        Assert.Equal([byName.Npi], nameHits!.Items.Select(p => p.Npi));
        Assert.Equal([byProviderId.Npi], idHits!.Items.Select(p => p.Npi));
    }

    [Fact]
    public async Task ACC_04_providers_are_filtered_by_TIN_written_with_or_without_the_dash()
    {
        var office = await service.NewOfficeAsync();
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        var plain = await ea.GetFromJsonAsync<Page<ProviderSummary>>($"/api/v1/admin/providers?tin={office.Tin}", Cancel);
        var dashed = await ea.GetFromJsonAsync<Page<ProviderSummary>>($"/api/v1/admin/providers?tin={office.Tin[..2]}-{office.Tin[2..]}", Cancel);

        var expected = office.Providers.Select(p => p.Npi).Order();
        Assert.Equal(expected, plain!.Items.Select(p => p.Npi).Order());
        Assert.Equal(expected, dashed!.Items.Select(p => p.Npi).Order());
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("12-345678X")]
    public async Task ACC_04_a_TIN_that_is_not_nine_digits_is_a_problem_naming_tin(string tin)
    {
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        using var response = await ea.GetAsync($"/api/v1/admin/providers?tin={tin}", Cancel);

        await response.AssertInvalidAsync("tin");
    }

    [Fact]
    public async Task ACC_04_an_LOA_sees_only_the_providers_of_their_own_office()
    {
        using var loa = await service.SignedInAsync(DemoSeed.HarborLoa.Email);

        var providers = await loa.GetFromJsonAsync<Page<ProviderSummary>>($"/api/v1/admin/providers?limit={Page<ProviderSummary>.MaxLimit}", Cancel);
        var otherOffice = await loa.GetFromJsonAsync<Page<ProviderSummary>>($"/api/v1/admin/providers?tin={DemoSeed.OrangeCoastTin}", Cancel);

        Assert.Equal(
            new[] { DemoSeed.AnaheimPediatrician, DemoSeed.IrvinePediatrician, DemoSeed.HarborNursePractitioner }.Select(p => p.Npi).Order(),
            providers!.Items.Select(p => p.Npi).Order());
        Assert.Empty(otherOffice!.Items);
    }

    [Fact]
    public async Task ACC_04_paging_through_the_providers_returns_every_provider_once()
    {
        var office = await service.NewOfficeAsync(providers: 5);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);

        var (providers, pages) = await loa.EveryPageAsync<ProviderSummary>("/api/v1/admin/providers?limit=2");

        Assert.Equal(3, pages);
        Assert.Equal(office.Providers.Select(p => p.Npi).Order(), providers.Select(p => p.Npi).Order());
        Assert.Equal(providers.Select(p => p.ProviderId).Order(StringComparer.Ordinal), providers.Select(p => p.ProviderId));
    }

    [Fact]
    public async Task ACC_01_an_office_lists_its_collections_with_their_providers()
    {
        var harbor = await service.OfficeIdAsync(DemoSeed.HarborTin);
        using var loa = await service.SignedInAsync(DemoSeed.HarborLoa.Email);

        var collections = await loa.GetFromJsonAsync<Page<CollectionSummary>>($"/api/v1/admin/offices/{harbor}/collections", Cancel);

        var anaheim = Assert.Single(collections!.Items, c => c.Providers.Count == 1);
        var all = Assert.Single(collections.Items, c => c.Providers.Count == 3);
        Assert.Equal(DemoSeed.AnaheimPediatrician.Npi, Assert.Single(anaheim.Providers).Npi);
        Assert.Contains(all.Providers, p => p.Npi == DemoSeed.HarborNursePractitioner.Npi);
    }
}
