using System.Net.Http.Json;
using Platform.ServiceDefaults.Auth;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;
using Platform.Testing;
using Xunit;

namespace Platform.Roster.Tests;

public sealed class RosterAuditTests(RosterFixture service) : IClassFixture<RosterFixture>
{
    [Fact]
    public async Task ACC_05_a_roster_page_records_exactly_the_members_it_shows()
    {
        var npi = TestData.Npi();
        var members = Enumerable.Range(0, 3).Select(_ => TestData.Cin()).Order(StringComparer.Ordinal).ToList();
        await service.AddToRosterAsync(npi, members);
        using var client = service.ClientWith(TestTokens.ForProviders([npi], Modules.Roster));

        // The query reads one row more than the page to learn whether another follows; that member was not shown.
        var page = await client.GetFromJsonAsync<Page<RosterMemberResponse>>($"/api/v1/rosters/{npi}/members?limit=2", TestContext.Current.CancellationToken);

        var (_, entry) = Assert.Single(await service.QueryAsync(AuditOutbox.EntriesAsync), e => e.Entry.ResourceId == npi);
        Assert.Equal(page!.Items.Select(m => m.Cin), entry.MemberIds);
        Assert.Equal(members[..2], entry.MemberIds);
    }
}
