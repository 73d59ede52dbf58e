using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Roster;
using Platform.Roster.Entries;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Roster.Tests;

public sealed class RosterEntriesTests(RosterFixture service) : IClassFixture<RosterFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RST_02_a_member_of_the_callers_PCP_goes_on_each_chosen_providers_BH_roster_from_today_and_each_entry_is_announced()
    {
        var (pcp, therapist) = (await service.ProviderAsync(), await service.ProviderAsync());
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi, therapist.Npi], Modules.Roster));

        using var response = await office.AddAsync(member.Cin, [pcp.Npi, therapist.Npi], relationshipDate: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = (await response.Content.ReadFromJsonAsync<AddToRosterResponse>(Cancellation))!;
        Assert.All(added.Entries, e => Assert.Equal((true, "BH", TimeProvider.System.PlanToday()), (e.Added, e.RosterType, e.StartDate)));
        var row = Assert.Single((await office.RosterAsync(therapist.Npi)).Items);
        Assert.Equal((member.Cin, member.Name, member.MedsId, member.Mbi), (row.Cin, row.Name, row.MedsId, row.Mbi));
        var events = await service.OutboxAsync<MemberAddedToRoster>();
        Assert.Equal(2, events.Count(e => e.Contains(member.Cin, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RST_02_the_relationship_date_given_is_the_entrys_start_date()
    {
        var pcp = await service.ProviderAsync();
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));

        using var response = await office.AddAsync(member.MedsId!, [pcp.Npi], relationshipDate: new DateOnly(2026, 3, 2));

        Assert.Equal(new DateOnly(2026, 3, 2), Assert.Single((await response.Content.ReadFromJsonAsync<AddToRosterResponse>(Cancellation))!.Entries).StartDate);
    }

    [Theory]
    [InlineData("rosterType", "{\"memberId\":\"{cin}\",\"providerNpis\":[\"{npi}\"],\"rosterType\":\"PCP\"}")]
    [InlineData("memberId", "{\"memberId\":\"12AB\",\"providerNpis\":[\"{npi}\"]}")]
    [InlineData("memberId", "{\"providerNpis\":[\"{npi}\"]}")]
    [InlineData("providerNpis", "{\"memberId\":\"{cin}\",\"providerNpis\":[]}")]
    [InlineData("providerNpis", "{\"memberId\":\"{cin}\",\"providerNpis\":[\"1234567890\"]}")]
    [InlineData("providerNpis", "{\"memberId\":\"{cin}\",\"providerNpis\":[null]}")]
    [InlineData("relationshipDate", "{\"memberId\":\"{cin}\",\"providerNpis\":[\"{npi}\"],\"relationshipDate\":\"2099-01-01\"}")]
    public async Task RST_02_a_request_the_roster_cannot_take_is_a_problem_naming_the_field_and_adds_nothing(string field, string body)
    {
        var pcp = await service.ProviderAsync();
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));

        using var response = await office.PostAsync("/api/v1/rosters/entries",
            new StringContent(body.Replace("{cin}", member.Cin).Replace("{npi}", pcp.Npi), System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
        Assert.False(await service.QueryAsync(db => db.RosterEntries.AnyAsync(e => e.MemberCin == member.Cin)));
    }

    [Fact]
    public async Task ACC_01_a_member_of_another_offices_PCP_is_not_found_and_nothing_is_added()
    {
        var (own, other) = (await service.ProviderAsync(), await service.ProviderAsync());
        var member = await service.MemberAsync(other.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([own.Npi], Modules.Roster));

        using var response = await office.AddAsync(member.Cin, [own.Npi]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await service.QueryAsync(db => db.RosterEntries.AnyAsync(e => e.MemberCin == member.Cin)));
    }

    [Fact]
    public async Task RST_02_a_BH_office_adds_its_new_patient_named_by_exact_id_and_date_of_birth_as_ELG_01_verifies_one()
    {
        var (therapist, pcp) = (await service.ProviderAsync(), await service.ProviderAsync());
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([therapist.Npi], Modules.Roster));
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Roster));

        using var wrongBirthday = await office.AddAsync(member.MedsId!, [therapist.Npi], dateOfBirth: member.DateOfBirth.AddDays(1));
        using var added = await office.AddAsync(member.MedsId!, [therapist.Npi], dateOfBirth: member.DateOfBirth);
        using var byPartner = await partner.AddAsync(member.Cin, [therapist.Npi], dateOfBirth: member.DateOfBirth);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Created, HttpStatusCode.NotFound), (wrongBirthday.StatusCode, added.StatusCode, byPartner.StatusCode));
        Assert.Equal(member.Cin, Assert.Single((await office.RosterAsync(therapist.Npi)).Items).Cin);
    }

    [Fact]
    public async Task ACC_01_a_provider_outside_the_callers_collections_is_not_found_and_nothing_is_added()
    {
        var (own, other) = (await service.ProviderAsync(), await service.ProviderAsync());
        var member = await service.MemberAsync(own.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([own.Npi], Modules.Roster));

        using var response = await office.AddAsync(member.Cin, [own.Npi, other.Npi]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await service.QueryAsync(db => db.RosterEntries.AnyAsync(e => e.MemberCin == member.Cin)));
    }

    [Fact]
    public async Task ACC_01_the_plans_administrator_adds_any_member_to_any_providers_roster()
    {
        var pcp = await service.ProviderAsync();
        var member = await service.MemberAsync(pcp.Npi);
        using var administrator = service.ClientWith(TestTokens.Administrator);

        Assert.True(Assert.Single((await administrator.AddedAsync(member.Mbi!, pcp.Npi)).Entries).Added);
    }

    [Fact]
    public async Task RST_02_adding_a_member_already_on_the_roster_is_a_no_op_answering_the_entry_as_it_is()
    {
        var pcp = await service.ProviderAsync();
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));
        var first = Assert.Single((await office.AddedAsync(member.Cin, pcp.Npi)).Entries);

        using var again = await office.AddAsync(member.MedsId!, [pcp.Npi], relationshipDate: new DateOnly(2026, 2, 1));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var kept = Assert.Single((await again.Content.ReadFromJsonAsync<AddToRosterResponse>(Cancellation))!.Entries);
        Assert.Equal((first.EntryId, first.StartDate, false), (kept.EntryId, kept.StartDate, kept.Added));
        Assert.Single(await service.OutboxAsync<MemberAddedToRoster>(), e => e.Contains(member.Cin, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RST_03_a_removed_member_leaves_the_list_stays_in_history_and_can_be_added_again_as_a_new_entry()
    {
        var pcp = await service.ProviderAsync();
        var member = await service.MemberAsync(pcp.Npi);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));
        var entry = Assert.Single((await office.AddedAsync(member.Cin, pcp.Npi)).Entries);

        using var removed = await office.DeleteAsync($"/api/v1/rosters/entries/{entry.EntryId}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await office.RosterAsync(pcp.Npi)).Items);
        var history = await service.QueryAsync(db => db.RosterEntries.AsNoTracking().SingleAsync(e => e.Id == entry.EntryId));
        Assert.Equal(TimeProvider.System.PlanToday(), history.EndDate);
        Assert.NotNull(history.RemovedBy);
        Assert.NotNull(history.RemovedAt);
        Assert.Single(await service.OutboxAsync<MemberRemovedFromRoster>(), e => e.Contains(member.Cin, StringComparison.Ordinal));
        using var removedTwice = await office.DeleteAsync($"/api/v1/rosters/entries/{entry.EntryId}", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, removedTwice.StatusCode);

        var readded = Assert.Single((await office.AddedAsync(member.Cin, pcp.Npi)).Entries);

        Assert.NotEqual(entry.EntryId, readded.EntryId);
        Assert.Equal(readded.EntryId, Assert.Single((await office.RosterAsync(pcp.Npi)).Items).EntryId);
    }

    [Fact]
    public async Task ACC_01_another_offices_roster_entry_cannot_be_removed_it_is_not_found()
    {
        var pcp = await service.ProviderAsync();
        var member = await service.MemberAsync(pcp.Npi);
        using var owner = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Roster));
        var entry = Assert.Single((await owner.AddedAsync(member.Cin, pcp.Npi)).Entries);
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Roster));

        using var response = await stranger.DeleteAsync($"/api/v1/rosters/entries/{entry.EntryId}", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await owner.RosterAsync(pcp.Npi)).Items);
    }

    [Fact]
    public async Task An_entry_id_that_is_no_GUID_is_a_problem_naming_entryId()
    {
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Roster));

        using var response = await office.DeleteAsync("/api/v1/rosters/entries/not-a-guid", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["entryId"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancellation))!.Errors.Keys);
    }
}
