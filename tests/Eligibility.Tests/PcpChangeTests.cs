using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.PcpChanges;
using Platform.Eligibility.Providers;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

public sealed class PcpChangeTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ELG_06_a_PCP_change_request_is_recorded_with_the_effective_date_of_the_rule(bool sawAssignedPcp)
    {
        var (current, next) = (Population.Provider(), Population.Provider(name: "Dr. Lena Park"));
        var member = Population.Member().CoveredBy("CCN", current.Npi, Population.Today.AddYears(-1));
        await service.SaveAsync(current, next, member);
        using var office = service.ClientWith(TestTokens.ForProviders([current.Npi], Modules.Members));

        using var response = await office.PostAsJsonAsync($"/api/v1/members/{member.Cin}/pcp-change-requests",
            new { newPcpNpi = next.Npi, sawAssignedPcpThisMonth = sawAssignedPcp }, TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<PcpChangeResponse>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var expected = PcpChangeRule.EffectiveDate(Population.Today, sawAssignedPcp);
        Assert.Equal((member.Cin, next.Npi, "Dr. Lena Park", Population.Today, expected),
            (answer!.Cin, answer.NewPcpNpi, answer.NewPcpName, answer.RequestedOn, answer.EffectiveDate));
        var stored = await service.QueryAsync(db => db.PcpChangeRequests.SingleAsync(r => r.Id == answer.Id));
        Assert.Equal((member.Cin, next.Npi, sawAssignedPcp, expected), (stored.MemberCin, stored.NewPcpNpi, stored.SawAssignedPcpThisMonth, stored.EffectiveDate));
    }

    [Fact]
    public async Task ELG_06_the_preview_answers_the_effective_date_of_a_change_asked_today()
    {
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

        var preview = await (await office.GetAsync("/api/v1/pcp-changes/effective-date?sawAssignedPcpThisMonth=true", TestContext.Current.CancellationToken))
            .OkAsync<PcpChangePreview>();

        Assert.Equal(new PcpChangePreview(Population.Today, true, PcpChangeRule.EffectiveDate(Population.Today, true)), preview);
    }

    [Theory]
    [InlineData("1234567890")] // not a valid NPI
    [InlineData("specialist")] // a valid NPI, but not of a PCP
    public async Task ELG_06_the_new_PCP_must_be_a_primary_care_provider_of_the_directory(string newPcp)
    {
        var specialist = Population.Provider(ProviderType.Specialist);
        var member = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddYears(-1));
        await service.SaveAsync(specialist, member);
        using var staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

        using var response = await staff.PostAsJsonAsync($"/api/v1/members/{member.Cin}/pcp-change-requests",
            new { newPcpNpi = newPcp == "specialist" ? specialist.Npi : newPcp }, TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync("newPcpNpi");
    }

    [Fact]
    public async Task ACC_01_a_PCP_change_for_a_member_outside_the_collection_is_not_found()
    {
        var next = Population.Provider();
        var member = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddYears(-1));
        await service.SaveAsync(next, member);
        using var office = service.ClientWith(TestTokens.ForProviders([next.Npi], Modules.Members));

        using var response = await office.PostAsJsonAsync($"/api/v1/members/{member.Cin}/pcp-change-requests",
            new { newPcpNpi = next.Npi }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
