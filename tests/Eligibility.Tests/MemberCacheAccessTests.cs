using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Members;
using Platform.Eligibility.Tests.Units;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

/// <summary>ACC-01/06 hold on a member served from the cache: the scope is tested per request, not per cached entry.</summary>
public sealed class MemberCacheAccessTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task ACC_01_ACC_06_a_member_cached_for_plan_staff_is_still_not_found_by_an_office_or_partner_outside_its_scope()
    {
        var pcp = Population.Provider(name: "Dr. Ana Ruiz");
        var member = Population.Member().CoveredBy("ALTAMED", pcp.Npi, Population.Today.AddMonths(-1));
        await service.SaveAsync(pcp, member);
        await StatusAsync(TestTokens.For(Roles.PlanStaff, Modules.Members), member.Cin);
        await StatusAsync(TestTokens.For(Roles.PlanStaff, Modules.Members), member.Cin);
        await service.QueryAsync(db => db.Members.Where(m => m.Cin == member.Cin).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastName, "Renamed")));

        using var ours = service.ClientWith(TestTokens.ForProviders([pcp.Npi], Modules.Members));
        var seen = await (await ours.GetAsync($"/api/v1/members?id={member.Cin}", TestContext.Current.CancellationToken)).OkAsync<MemberLookupResponse>();

        Assert.Equal(member.LastName, Assert.Single(seen.Results).Member!.LastName); // served from the cache
        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK],
            [
                await StatusAsync(TestTokens.ForProviders([TestData.Npi()], Modules.Members), member.Cin),
                await StatusAsync(TestTokens.ForPartner("KAISER", Modules.Members), member.Cin),
                await StatusAsync(TestTokens.ForPartner("ALTAMED", Modules.Members), member.Cin),
            ]);
    }

    [Fact]
    public async Task ACC_01_ELG_01_a_cached_member_is_verified_by_an_outside_office_with_the_date_of_birth_and_nothing_more()
    {
        var pcp = Population.Provider(name: "Dr. Mei Chen");
        var member = Population.Member().CoveredBy("NOBLE", pcp.Npi, Population.Today.AddMonths(-3));
        await service.SaveAsync(pcp, member);
        await StatusAsync(TestTokens.For(Roles.PlanStaff, Modules.Members), member.Cin);
        await StatusAsync(TestTokens.For(Roles.PlanStaff, Modules.Members), member.Cin);
        using var newOffice = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

        using var wrongBirthday = await newOffice.GetAsync(
            $"/api/v1/members?id={member.Cin}&dateOfBirth={member.DateOfBirth.AddDays(1):yyyy-MM-dd}", TestContext.Current.CancellationToken);
        var verified = await (await newOffice.GetAsync(
            $"/api/v1/members?id={member.Cin}&dateOfBirth={member.DateOfBirth:yyyy-MM-dd}", TestContext.Current.CancellationToken))
            .OkAsync<MemberLookupResponse>();

        Assert.Equal(HttpStatusCode.NotFound, wrongBirthday.StatusCode);
        Assert.Equal(
            new MemberLookupResult(null, EligibilityStatus.Eligible, LineOfBusiness.MediCal, "NOBLE", "Noble Mid-Orange County", null, "Dr. Mei Chen", null),
            Assert.Single(verified.Results));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(TestTokens.ForPartner("ALTAMED", Modules.Members), member.Cin, member.DateOfBirth));
    }

    [Fact]
    public async Task ACC_01_ACC_06_the_in_memory_scope_test_finds_the_members_the_scope_query_finds()
    {
        var (ours, theirs) = (TestData.Npi(), TestData.Npi());
        var start = Population.Today.AddYears(-2);
        Member[] members =
        [
            Population.Member().CoveredBy("CCN", ours, start),
            Population.Member().CoveredBy("CCN", ours, start, start.AddMonths(6)).CoveredBy("KAISER", theirs, start.AddMonths(7)),
            Population.Member().CoveredBy(CoverageSpan.Direct, null, start),
            Population.Member().CoveredBy("ALTAMED", theirs, start),
            Population.Member(),
        ];
        await service.SaveAsync(members);
        var cins = members.Select(m => m.Cin).ToList();
        CallerScope[] scopes =
        [
            CallerScopeTests.Scope(new Claim(PlatformClaims.Role, Roles.PlanStaff)),
            CallerScopeTests.Scope(new Claim(PlatformClaims.Role, Roles.User), new Claim(PlatformClaims.Npi, ours)),
            CallerScopeTests.Scope(new Claim(PlatformClaims.Role, Roles.User), new Claim(PlatformClaims.Npi, theirs)),
            CallerScopeTests.Scope(new Claim(PlatformClaims.Role, Roles.Partner), new Claim(PlatformClaims.Network, "ALTAMED")),
            CallerScopeTests.Scope(new Claim(PlatformClaims.Role, Roles.Partner), new Claim(PlatformClaims.Network, "KAISER")),
        ];

        foreach (var scope in scopes)
        {
            var queried = await service.QueryAsync(db => db.VisibleMembers(scope).Where(m => cins.Contains(m.Cin)).Select(m => m.Cin).Order().ToListAsync());
            Assert.Equal(queried, members.Where(m => m.Spans.AreVisibleTo(scope)).Select(m => m.Cin).Order());
        }
    }

    private async Task<HttpStatusCode> StatusAsync(string token, string cin, DateOnly? dateOfBirth = null)
    {
        using var client = service.ClientWith(token);
        using var response = await client.GetAsync(
            $"/api/v1/members?id={cin}{(dateOfBirth is { } born ? $"&dateOfBirth={born:yyyy-MM-dd}" : "")}", TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
