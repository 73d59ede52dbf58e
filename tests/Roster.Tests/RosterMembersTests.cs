using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Roster.Tests;

public sealed class RosterMembersTests(RosterFixture service) : IClassFixture<RosterFixture>
{
    [Fact]
    public async Task RST_03_a_providers_roster_lists_only_that_providers_members_in_pages()
    {
        var npi = TestData.Npi();
        var members = Enumerable.Range(0, 3).Select(_ => TestData.Cin()).Order(StringComparer.Ordinal).ToList();
        await service.AddToRosterAsync(npi, members);
        await service.AddToRosterAsync(TestData.Npi(), [TestData.Cin()]);
        using var client = service.ClientWith(TestTokens.ForProviders([npi], Modules.Roster));

        var first = await client.GetFromJsonAsync<Page<RosterMemberResponse>>($"/api/v1/rosters/{npi}/members?limit=2", TestContext.Current.CancellationToken);
        var second = await client.GetFromJsonAsync<Page<RosterMemberResponse>>($"/api/v1/rosters/{npi}/members?limit=2&after={first!.Next}", TestContext.Current.CancellationToken);

        Assert.Equal(members, first.Items.Concat(second!.Items).Select(m => m.Cin));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task An_NPI_with_a_wrong_check_digit_is_a_problem_naming_npi()
    {
        var npi = TestData.Npi();
        using var client = service.ClientWith(TestTokens.ForProviders([npi], Modules.Roster));
        var wrong = npi[..9] + (char)('0' + (npi[9] - '0' + 1) % 10);

        using var response = await client.GetAsync($"/api/v1/rosters/{wrong}/members", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["npi"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken))!.Errors.Keys);
    }

    [Fact]
    public async Task ACC_01_the_roster_of_a_provider_outside_the_users_collection_is_not_found()
    {
        var npi = TestData.Npi();
        await service.AddToRosterAsync(npi, [TestData.Cin()]);
        using var client = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Roster));

        using var response = await client.GetAsync($"/api/v1/rosters/{npi}/members", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RST_01_only_users_granted_the_roster_permission_use_the_roster()
    {
        using var client = service.ClientWith(TestTokens.For(Roles.User, Modules.Claims));

        using var response = await client.GetAsync($"/api/v1/rosters/{TestData.Npi()}/members", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
