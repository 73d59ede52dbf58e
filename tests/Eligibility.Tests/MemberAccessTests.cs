using System.Net;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

/// <summary>ACC-01/06: who may see a member; the rest answer 404, never 403.</summary>
public sealed class MemberAccessTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task ACC_01_a_provider_office_sees_members_assigned_to_its_PCPs_now_or_before()
    {
        var ours = TestData.Npi();
        var current = Population.Member().CoveredBy("CCN", ours, Population.Today.AddMonths(-2));
        var former = Population.Member()
            .CoveredBy("CCN", ours, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))
            .CoveredBy("CCN", TestData.Npi(), new DateOnly(2025, 1, 1));
        await service.SaveAsync(current, former);
        using var office = service.ClientWith(TestTokens.ForProviders([ours], Modules.Members));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await FaceSheetStatusesAsync(office, current, former));
    }

    [Fact]
    public async Task ACC_01_a_member_outside_the_collection_is_not_found_by_face_sheet_id_or_name()
    {
        var theirs = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-2));
        var direct = Population.Member().CoveredBy(CoverageSpan.Direct, null, Population.Today.AddMonths(-2));
        await service.SaveAsync(theirs, direct);
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

        using var byId = await office.GetAsync($"/api/v1/members?id={theirs.Cin}", TestContext.Current.CancellationToken);
        var byName = await (await office.GetAsync(
            $"/api/v1/members?lastName={theirs.LastName}&dateOfBirth={theirs.DateOfBirth:yyyy-MM-dd}", TestContext.Current.CancellationToken))
            .OkAsync<MemberLookupResponse>();

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], await FaceSheetStatusesAsync(office, theirs, direct));
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Empty(byName.Results);
    }

    [Fact]
    public async Task ACC_01_ELG_01_any_office_verifies_a_new_patient_by_exact_id_and_date_of_birth_without_seeing_the_history()
    {
        var pcp = Population.Provider(name: "Dr. Mei Chen");
        var patient = Population.Member(medicare: true).CoveredBy("NOBLE", pcp.Npi, Population.Today.AddMonths(-3), lineOfBusiness: LineOfBusiness.OneCare);
        await service.SaveAsync(pcp, patient);
        using var newOffice = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Members));

        using var wrongBirthday = await newOffice.GetAsync(
            $"/api/v1/members?id={patient.Mbi}&dateOfBirth={patient.DateOfBirth.AddDays(1):yyyy-MM-dd}", TestContext.Current.CancellationToken);
        var verified = Assert.Single((await (await newOffice.GetAsync(
            $"/api/v1/members?id={patient.Mbi}&dateOfBirth={patient.DateOfBirth:yyyy-MM-dd}", TestContext.Current.CancellationToken))
            .OkAsync<MemberLookupResponse>()).Results);

        Assert.Equal(HttpStatusCode.NotFound, wrongBirthday.StatusCode);
        Assert.Equal(
            new MemberLookupResult(null, EligibilityStatus.Eligible, LineOfBusiness.OneCare, "NOBLE", "Noble Mid-Orange County", null, "Dr. Mei Chen", null),
            verified);
        Assert.Equal([HttpStatusCode.NotFound], await FaceSheetStatusesAsync(newOffice, patient));
    }

    [Fact]
    public async Task ACC_06_a_partner_sees_only_members_whose_coverage_is_with_its_network()
    {
        var ours = Population.Member().CoveredBy("ALTAMED", TestData.Npi(), Population.Today.AddMonths(-1));
        var otherNetwork = Population.Member().CoveredBy("KAISER", TestData.Npi(), Population.Today.AddMonths(-1));
        var plans = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today.AddMonths(-1));
        await service.SaveAsync(ours, otherNetwork, plans);
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Members));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            await FaceSheetStatusesAsync(partner, ours, otherNetwork, plans));
    }

    [Fact]
    public async Task ACC_06_a_partner_cannot_verify_a_member_of_another_network_even_with_the_date_of_birth()
    {
        var theirs = Population.Member().CoveredBy("KAISER", TestData.Npi(), Population.Today.AddMonths(-1));
        await service.SaveAsync(theirs);
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Members));

        using var response = await partner.GetAsync(
            $"/api/v1/members?id={theirs.Cin}&dateOfBirth={theirs.DateOfBirth:yyyy-MM-dd}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ACC_02_member_endpoints_need_the_Members_module()
    {
        var member = Population.Member().CoveredBy("CCN", TestData.Npi(), Population.Today);
        await service.SaveAsync(member);
        using var claimsOnly = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Claims));

        Assert.Equal([HttpStatusCode.Forbidden], await FaceSheetStatusesAsync(claimsOnly, member));
    }

    private static async Task<List<HttpStatusCode>> FaceSheetStatusesAsync(HttpClient client, params Member[] members)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var member in members)
        {
            using var response = await client.GetAsync($"/api/v1/members/{member.Cin}/face-sheet", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
