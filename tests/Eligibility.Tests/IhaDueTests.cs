using System.Net;
using Platform.Eligibility.Iha;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

public sealed class IhaDueTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    private static readonly DateOnly Today = Population.Today;

    [Fact]
    public async Task ELG_07_the_IHA_due_list_holds_the_PCPs_members_enrolled_within_120_days_soonest_due_first()
    {
        var pcp = TestData.Npi();
        var recent = Population.Member().CoveredBy("CCN", pcp, Today.AddDays(-10));
        var nearlyLate = Population.Member().CoveredBy("CCN", pcp, Today.AddDays(-120));
        var tooLong = Population.Member().CoveredBy("CCN", pcp, Today.AddDays(-121));
        // A PCP change is not an enrollment: this member has been with the plan for years.
        var changedPcp = Population.Member()
            .CoveredBy("CCN", TestData.Npi(), Today.AddYears(-3), Today.AddDays(-31))
            .CoveredBy("CCN", pcp, Today.AddDays(-30));
        var otherPcp = Population.Member().CoveredBy("CCN", TestData.Npi(), Today.AddDays(-5));
        var ended = Population.Member().CoveredBy("CCN", pcp, Today.AddDays(-60), Today.AddDays(-1));
        await service.SaveAsync(recent, nearlyLate, tooLong, changedPcp, otherPcp, ended);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp], Modules.Members));

        var page = await (await office.GetAsync($"/api/v1/providers/{pcp}/iha-due", TestContext.Current.CancellationToken)).OkAsync<Page<IhaDueMember>>();

        Assert.Equal([(nearlyLate.Cin, Today), (recent.Cin, Today.AddDays(110))], page.Items.Select(m => (m.Cin, m.DueBy)));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task ELG_07_the_IHA_due_list_is_keyset_paginated()
    {
        var pcp = TestData.Npi();
        var members = Enumerable.Range(1, 5).Select(days => Population.Member().CoveredBy("CCN", pcp, Today.AddDays(-days * 7))).ToArray();
        await service.SaveAsync(members);
        using var office = service.ClientWith(TestTokens.ForProviders([pcp], Modules.Members));

        var seen = new List<string>();
        string? after = null;
        do
        {
            var query = after is null ? "limit=2" : $"limit=2&after={after}";
            var page = await (await office.GetAsync($"/api/v1/providers/{pcp}/iha-due?{query}", TestContext.Current.CancellationToken))
                .OkAsync<Page<IhaDueMember>>();
            seen.AddRange(page.Items.Select(m => m.Cin));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(members.OrderBy(m => m.Spans[0].StartDate).Select(m => m.Cin), seen);
    }

    [Fact]
    public async Task ACC_01_ELG_07_another_providers_IHA_list_is_not_found()
    {
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

        using var response = await office.GetAsync($"/api/v1/providers/{TestData.Npi()}/iha-due", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ACC_06_ELG_07_a_partner_sees_on_a_PCPs_IHA_list_only_its_networks_members()
    {
        var pcp = TestData.Npi();
        var ours = Population.Member().CoveredBy("ALTAMED", pcp, Today.AddDays(-3));
        var ccn = Population.Member().CoveredBy("CCN", pcp, Today.AddDays(-3));
        await service.SaveAsync(ours, ccn);
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Members));

        var page = await (await partner.GetAsync($"/api/v1/providers/{pcp}/iha-due", TestContext.Current.CancellationToken)).OkAsync<Page<IhaDueMember>>();

        Assert.Equal([ours.Cin], page.Items.Select(m => m.Cin));
    }

    [Theory]
    [InlineData("1234567893/iha-due?after=yesterday", "after")]
    [InlineData("1234567890/iha-due", "npi")]
    public async Task ELG_07_a_malformed_request_is_refused_naming_the_field(string path, string field)
    {
        using var staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

        using var response = await staff.GetAsync($"/api/v1/providers/{path}", TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync(field);
    }
}
