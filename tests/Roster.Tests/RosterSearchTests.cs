using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Roster.Tests;

public sealed class RosterSearchTests(RosterFixture service) : IClassFixture<RosterFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("cin")]
    [InlineData("medsId")]
    [InlineData("mbi")]
    public async Task RST_03_the_roster_filters_by_a_member_id_of_any_kind(string kind)
    {
        var pcp = await service.ProviderAsync();
        var (wanted, other) = (await service.MemberAsync(pcp.Npi), await service.MemberAsync(pcp.Npi));
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));
        await office.AddedAsync(wanted.Cin, pcp.Npi);
        await office.AddedAsync(other.Cin, pcp.Npi);
        var id = kind switch { "cin" => wanted.Cin, "medsId" => wanted.MedsId!, _ => wanted.Mbi! };

        var page = await office.RosterAsync(pcp.Npi, $"?rosterType=BH&memberId={id}");

        Assert.Equal(wanted.Cin, Assert.Single(page.Items).Cin);
    }

    [Fact]
    public async Task RST_03_a_member_announced_by_eligibility_is_found_by_the_MEDS_ID_and_MBI_it_was_announced_with()
    {
        var pcp = await service.ProviderAsync();
        var (cin, medsId, mbi) = (TestData.Cin(), TestData.MedsId(), TestData.Mbi());
        await service.AnnounceAsync(new MemberEligibilityChanged(cin, 1, "Ada", "Announced", new DateOnly(1979, 4, 1),
            [new CoverageSnapshot("Medi-Cal", "CCN", pcp.Npi, 0m, new DateOnly(2026, 1, 1), null)], "batch-1", DateTimeOffset.UtcNow, MedsId: medsId, Mbi: mbi));
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));

        await office.AddedAsync(medsId, pcp.Npi);

        var row = Assert.Single((await office.RosterAsync(pcp.Npi, $"?memberId={mbi}")).Items);
        Assert.Equal((cin, "Announced, Ada"), (row.Cin, row.Name));
    }

    [Fact]
    public async Task RST_03_the_cursor_pages_through_a_roster_of_more_than_one_page_showing_each_member_once()
    {
        var pcp = await service.ProviderAsync();
        var cins = Enumerable.Range(0, 5).Select(_ => TestData.Cin()).Order(StringComparer.Ordinal).ToList();
        await service.AddToRosterAsync(pcp.Npi, cins);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));
        var seen = new List<string>();
        string? after = null;

        do
        {
            var page = await office.RosterAsync(pcp.Npi, $"?limit=2{(after is null ? "" : $"&after={after}")}");
            seen.AddRange(page.Items.Select(m => m.Cin));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(cins, seen);
    }

    [Theory]
    [InlineData("after", "?after=91234567A")]
    [InlineData("rosterType", "?rosterType=PCP")]
    [InlineData("memberId", "?memberId=ABC")]
    public async Task RST_03_a_filter_the_roster_cannot_read_is_a_problem_naming_it(string field, string query)
    {
        var npi = TestData.Npi();
        using var office = service.ClientWith(TestTokens.ForProviders([npi], Modules.Roster));

        using var response = await office.GetAsync($"/api/v1/rosters/{npi}/members{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
    }

    [Fact]
    public async Task RST_02_the_provider_search_lists_only_the_callers_providers_by_name_provider_id_or_TIN()
    {
        var tin = TestData.MedsId();
        var (own, sibling, stranger) = (await service.ProviderAsync("Quinn Harbor, LCSW", tin), await service.ProviderAsync("Rae Harbor, PsyD", tin),
            await service.ProviderAsync("Sam Harbor, MD", tin));
        using var office = service.ClientWith(TestTokens.ForProviders([own.Npi, sibling.Npi], Modules.Roster));

        var byName = await office.ProvidersAsync("/api/v1/rosters/providers?name=harbor");
        var byTin = await office.ProvidersAsync($"/api/v1/rosters/providers?tin={tin[..2]}-{tin[2..]}");
        var byId = await office.ProvidersAsync($"/api/v1/rosters/providers?npi={sibling.Npi}");

        Assert.Equal(new[] { own.Npi, sibling.Npi }.Order(), byName.Items.Select(p => p.Npi));
        Assert.Equal(byName.Items, byTin.Items);
        Assert.Equal(sibling.Name, Assert.Single(byId.Items).Name);
        Assert.DoesNotContain(stranger.Npi, byName.Items.Select(p => p.Npi));
    }

    [Fact]
    public async Task RST_03_the_roster_search_finds_the_callers_providers_with_a_roster_by_a_member_on_it()
    {
        var (pcp, therapist, idle) = (await service.ProviderAsync(), await service.ProviderAsync(), await service.ProviderAsync());
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi, therapist.Npi, idle.Npi], Modules.Roster));
        await office.AddedAsync(member.Cin, therapist.Npi);

        var byMember = await office.ProvidersAsync($"/api/v1/rosters?memberId={member.Mbi}");
        var withRoster = await office.ProvidersAsync($"/api/v1/rosters?tin={therapist.Tin}");

        var found = Assert.Single(byMember.Items);
        Assert.Equal((therapist.Npi, 1), (found.Npi, found.RosterMembers));
        Assert.Single(withRoster.Items);
        Assert.Empty((await office.ProvidersAsync($"/api/v1/rosters?npi={idle.Npi}")).Items);
    }
}
