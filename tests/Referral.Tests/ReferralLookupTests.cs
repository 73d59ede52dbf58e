using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults;
using Xunit;
using static Platform.Referral.Tests.ReferralWorld;

namespace Platform.Referral.Tests;

public sealed class ReferralLookupTests(ReferralFixture service) : IClassFixture<ReferralFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task REF_11_lookup_by_member_shows_the_last_two_years_by_default_newest_first()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        var first = (await world.SubmittedAsync(office, world.Specialist)).GetProperty("referralNumber").GetString();
        var second = (await world.SubmittedAsync(office, world.Specialist, [Line("29881")])).GetProperty("referralNumber").GetString();
        var old = (await world.SubmittedAsync(office, world.Specialist, [Line("70552")])).GetProperty("referralNumber").GetString();
        // Submitted two years and a day ago: outside the face sheet's and the lookup's window.
        await service.QueryAsync(db => db.Referrals.Where(r => r.ReferralNumber == old)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.SubmittedOn, TimeProvider.System.PlanToday().AddYears(-2).AddDays(-1))));

        var page = await office.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?cin={world.Cin}", Cancellation);
        var everything = await office.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?cin={world.Cin}&from=2020-01-01", Cancellation);

        Assert.Equal([second, first], page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("referralNumber").GetString()));
        Assert.Equal("Rosa Diaz", page.GetProperty("items")[0].GetProperty("memberName").GetString());
        Assert.Equal(3, everything.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task REF_11_lookup_by_status_and_by_the_referred_to_provider()
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);
        await world.SubmittedAsync(office, world.Specialist);
        var pended = (await world.SubmittedAsync(office, world.Specialist, [Line("29881")])).GetProperty("referralNumber").GetString();

        var byStatus = await office.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?cin={world.Cin}&status=pended", Cancellation);
        var byProvider = await office.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?npi={world.Specialist}", Cancellation);

        Assert.Equal([pended], byStatus.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("referralNumber").GetString()));
        Assert.Equal(2, byProvider.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("cin=123", "cin")]
    [InlineData("referralNumber=PDR260000001", "referralNumber")]
    [InlineData("status=Lost", "status")]
    [InlineData("npi=1234567890", "npi")]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("limit=0", "limit")]
    public async Task REF_11_a_bad_criterion_is_a_400_naming_it(string query, string field)
    {
        var world = await CreateAsync(service);
        using var office = world.Office(service);

        using var response = await office.GetAsync($"/api/v1/referrals?{query}", Cancellation);

        await Problems.AssertFieldAsync(response, System.Net.HttpStatusCode.BadRequest, field, "");
    }

    [Fact]
    public async Task ELG_08_a_member_announced_by_eligibility_becomes_referable()
    {
        var world = await CreateAsync(service);
        var cin = Testing.TestData.Cin();
        var coverage = new CoverageSnapshot("Medi-Cal", "CCN", world.Pcp, 0m, new DateOnly(2026, 1, 1), null);
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<MassTransit.IPublishEndpoint>();
            await bus.Publish(new MemberEligibilityChanged(cin, 1, "Lee", "Wong", new DateOnly(1980, 2, 2), [coverage], "batch-1", DateTimeOffset.UtcNow), Cancellation);
        }

        await Testing.Eventually.TrueAsync(() => service.QueryAsync(db => db.Members.AnyAsync(m => m.Cin == cin)));
        using var office = world.Office(service);
        var referral = await Step(await SubmitAsync(office, (world with { Cin = cin }).Request(await ReadyDraftAsync(office, world.Specialist))));

        Assert.Equal(("Approved", "Lee Wong"), (referral.GetProperty("status").GetString(), referral.GetProperty("memberName").GetString()));
    }
}
