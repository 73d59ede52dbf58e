using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Claims;
using Platform.Contracts.Referrals;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Eligibility.Tests;

public sealed class MemberLookupTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    private static readonly DateOnly Start = new(2026, 3, 1);
    private readonly HttpClient staff = service.ClientWith(TestTokens.For(Roles.PlanStaff, Modules.Members));

    [Theory]
    [InlineData("cin")]
    [InlineData("medsId")]
    [InlineData("mbi")]
    public async Task ELG_01_one_id_field_takes_a_CIN_a_MEDS_ID_or_an_MBI(string kind)
    {
        var member = Population.Member(medicare: true).CoveredBy("CCN", TestData.Npi(), Start, lineOfBusiness: LineOfBusiness.OneCare);
        await service.SaveAsync(member);
        var id = kind switch { "cin" => member.Cin, "medsId" => member.MedsId, _ => member.Mbi! };

        var found = await LookupAsync($"id={id}");

        Assert.Equal(member.Cin, Assert.Single(found.Results).Member!.Cin);
    }

    [Theory]
    [InlineData("9123456")]
    [InlineData("0EG4TE5MK73")]
    [InlineData("")]
    public async Task ELG_01_a_malformed_id_is_refused_naming_the_id_field(string id)
    {
        using var response = await staff.GetAsync($"/api/v1/members?id={id}", TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync("id");
    }

    [Theory]
    [InlineData("id=91234567A&dateOfService=2026-13-01", "dateOfService")]
    [InlineData("lastName=Garcia&dateOfBirth=1990-02-30", "dateOfBirth")]
    [InlineData("lastName=Garcia&dateOfBirth=0001-01-01", "dateOfBirth")]
    [InlineData("lastName=Garcia&dateOfBirth=2199-05-01", "dateOfBirth")]
    [InlineData("id=91234567A&dateOfService=9999-12-31", "dateOfService")]
    [InlineData("id=91234567A&dateOfService=1999-12-31", "dateOfService")]
    public async Task ELG_02_a_malformed_date_is_refused_naming_it(string query, string field)
    {
        using var response = await staff.GetAsync($"/api/v1/members?{query}", TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync(field);
    }

    [Fact]
    public async Task ELG_01_a_name_search_needs_the_date_of_birth()
    {
        using var response = await staff.GetAsync("/api/v1/members?lastName=Garcia", TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync("dateOfBirth");
    }

    [Fact]
    public async Task ELG_01_ELG_02_a_name_and_date_of_birth_find_the_members_sorted_by_status()
    {
        var lastName = Population.Word();
        var born = new DateOnly(1990, 5, 17);
        var lapsed = Population.Member(lastName, born, firstName: "Ana").CoveredBy("CCN", TestData.Npi(), Start, Start.AddMonths(1));
        var withCost = Population.Member(lastName, born, firstName: "Bea").CoveredBy("CCN", TestData.Npi(), Start, shareOfCost: 300m);
        var eligible = Population.Member(lastName, born, firstName: "Cai").CoveredBy("ALTAMED", TestData.Npi(), Start);
        var otherBirthday = Population.Member(lastName, born.AddDays(1)).CoveredBy("CCN", TestData.Npi(), Start);
        await service.SaveAsync(lapsed, withCost, eligible, otherBirthday);

        var found = await LookupAsync($"lastName={lastName.ToUpperInvariant()}&dateOfBirth=1990-05-17&dateOfService=2026-10-01");

        Assert.Equal(
            [(eligible.Cin, EligibilityStatus.Eligible), (withCost.Cin, EligibilityStatus.ShareOfCost), (lapsed.Cin, EligibilityStatus.NotEligible)],
            found.Results.Select(r => (r.Member!.Cin, r.Status)));
    }

    [Fact]
    public async Task ELG_01_a_first_name_narrows_a_name_search()
    {
        var lastName = Population.Word();
        var born = new DateOnly(1985, 2, 3);
        var ana = Population.Member(lastName, born, firstName: "Ana");
        await service.SaveAsync(ana, Population.Member(lastName, born, firstName: "Luz"));

        var found = await LookupAsync($"lastName={lastName}&firstName=an&dateOfBirth=1985-02-03");

        Assert.Equal([ana.Cin], found.Results.Select(r => r.Member!.Cin));
    }

    [Theory]
    [InlineData("2026-02-28", EligibilityStatus.NotEligible, null)] // before the span
    [InlineData("2026-04-10", EligibilityStatus.ShareOfCost, 85.25)] // inside it, with a share of cost
    [InlineData("2026-06-30", EligibilityStatus.ShareOfCost, 85.25)] // its last day
    [InlineData("2026-07-01", EligibilityStatus.NotEligible, null)] // after it
    public async Task ELG_02_the_status_is_as_of_the_date_of_service(string dateOfService, EligibilityStatus status, double? shareOfCost)
    {
        var pcp = Population.Provider(name: "Dr. Rosa Diaz");
        var member = Population.Member().CoveredBy("CCN", pcp.Npi, Start, new DateOnly(2026, 6, 30), shareOfCost: 85.25m);
        await service.SaveAsync(pcp, member);

        var result = Assert.Single((await LookupAsync($"id={member.Cin}&dateOfService={dateOfService}")).Results);

        Assert.Equal((status, (decimal?)shareOfCost), (result.Status, result.ShareOfCost));
        Assert.Equal(status == EligibilityStatus.NotEligible ? null : "Dr. Rosa Diaz", result.PcpName);
    }

    [Fact]
    public async Task ELG_02_the_date_of_service_defaults_to_the_plans_today()
    {
        var member = Population.Member().CoveredBy("KAISER", TestData.Npi(), Population.Today);
        await service.SaveAsync(member);

        var found = await LookupAsync($"id={member.Cin}");

        Assert.Equal((Population.Today, EligibilityStatus.Eligible, "KAISER", "Kaiser Permanente"),
            (found.DateOfService, found.Results[0].Status, found.Results[0].Network, found.Results[0].NetworkName));
    }

    [Fact]
    public async Task ELG_04_the_face_sheet_shows_demographics_network_PCP_and_history_but_no_address_or_phone()
    {
        var pcp = Population.Provider(name: "Dr. Omar Haddad");
        var member = Population.Member()
            .CoveredBy(CoverageSpan.Direct, null, Population.Today.AddYears(-2), Population.Today.AddYears(-1))
            .CoveredBy("ALTAMED", pcp.Npi, Population.Today.AddYears(-1).AddDays(1), shareOfCost: 20m);
        await service.SaveAsync(pcp, member);

        using var response = await staff.GetAsync($"/api/v1/members/{member.Cin}/face-sheet", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var sheet = await response.OkAsync<FaceSheetResponse>();

        Assert.DoesNotContain("address", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("phone", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((member.MedsId, member.Sex, member.PreferredLanguage), (sheet.Member.MedsId, sheet.Member.Sex, sheet.Member.PreferredLanguage));
        Assert.Equal((EligibilityStatus.ShareOfCost, "AltaMed Health Services", "Dr. Omar Haddad"),
            (sheet.Status, sheet.Current?.ProgramName, sheet.Current?.PcpName));
        // ELG-05: the earlier COD span has no PCP.
        Assert.Equal([("ALTAMED", pcp.Npi), (CoverageSpan.Direct, null)], sheet.Coverage.Select(c => (c.Program, c.PcpNpi)));
    }

    [Fact]
    public async Task ELG_04_the_face_sheet_counts_the_members_claims_with_a_date_of_service_in_the_last_two_years_once_each()
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Population.Today.AddYears(-3));
        await service.SaveAsync(member);
        var bus = service.Services.GetRequiredService<IBus>();
        var recent = new ClaimReceived(Guid.NewGuid(), TestData.ClaimNumber(), member.Cin, Population.Today.AddMonths(-3), DateTimeOffset.UtcNow);
        var messages = new[]
        {
            recent,
            recent,
            recent with { ClaimId = Guid.NewGuid(), ServiceFrom = Population.Today.AddYears(-2) },
            recent with { ClaimId = Guid.NewGuid(), ServiceFrom = Population.Today.AddYears(-2).AddDays(-1) },
        };
        foreach (var message in messages)
        {
            await bus.Publish(message, TestContext.Current.CancellationToken);
        }

        // Three distinct claims arrive (one twice, as at-least-once delivery may bring it); two are within two years.
        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.MemberClaims.CountAsync(c => c.Cin == member.Cin)) == 3);
        using var response = await staff.GetAsync($"/api/v1/members/{member.Cin}/face-sheet", TestContext.Current.CancellationToken);

        Assert.Equal(2, (await response.OkAsync<FaceSheetResponse>()).ClaimsLastTwoYears);
    }

    [Fact]
    public async Task ELG_04_REF_11_the_face_sheet_counts_the_referrals_submitted_in_the_last_two_years_once_each()
    {
        var member = Population.Member().CoveredBy(CoverageSpan.Direct, null, Population.Today.AddYears(-3));
        await service.SaveAsync(member);
        var bus = service.Services.GetRequiredService<IBus>();
        var recent = new ReferralSubmitted(Guid.NewGuid(), ReferralNumber(), member.Cin, TestData.Npi(), TestData.Npi(), null, "Routine",
            Population.Today.AddMonths(-3), DateTimeOffset.UtcNow);
        var messages = new[]
        {
            recent,
            recent,
            recent with { ReferralId = Guid.NewGuid(), ReferralNumber = ReferralNumber(), SubmittedOn = Population.Today.AddYears(-2) },
            recent with { ReferralId = Guid.NewGuid(), ReferralNumber = ReferralNumber(), SubmittedOn = Population.Today.AddYears(-2).AddDays(-1) },
        };
        foreach (var message in messages)
        {
            await bus.Publish(message, TestContext.Current.CancellationToken);
        }

        // Three distinct referrals arrive (one twice, as at-least-once delivery may bring it); two are within two years,
        // the oldest submitted the day before the window opens.
        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.MemberReferrals.CountAsync(r => r.Cin == member.Cin)) == 3);
        using var response = await staff.GetAsync($"/api/v1/members/{member.Cin}/face-sheet", TestContext.Current.CancellationToken);

        Assert.Equal(2, (await response.OkAsync<FaceSheetResponse>()).ReferralsLastTwoYears);
    }

    [Fact]
    public async Task ELG_04_a_malformed_CIN_is_refused_naming_it()
    {
        using var response = await staff.GetAsync("/api/v1/members/not-a-cin/face-sheet", TestContext.Current.CancellationToken);

        await response.AssertFieldRejectedAsync("cin");
    }

    // The referral service numbers its referrals; any unique number stands in for one here.
    private static string ReferralNumber() => $"R{Guid.NewGuid():N}"[..12];

    private async Task<MemberLookupResponse> LookupAsync(string query)
    {
        using var response = await staff.GetAsync($"/api/v1/members?{query}", TestContext.Current.CancellationToken);
        return await response.OkAsync<MemberLookupResponse>();
    }
}
