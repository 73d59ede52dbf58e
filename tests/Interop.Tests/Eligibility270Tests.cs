using System.Net;
using Platform.Identity.Seed;
using Platform.Interop.X12;
using Platform.Tests;
using Platform.X12;
using Xunit;
using static Platform.Interop.Tests.X12Requests;

namespace Platform.Interop.Tests;

/// <summary>Issue 18 item 5: POST /api/x12/270, one 270 in, one 271 out, eligibility as of the date of service (ELG-02), a partner seeing only its network (ACC-06).</summary>
[Collection(InteropCollection.Name)]
public sealed class Eligibility270Tests(InteropFixture fixture)
{
    private const string Path = "/api/x12/270";

    [Fact]
    public async Task An_eligible_member_of_the_partners_network_is_answered_by_a_271_with_active_coverage_and_the_PCP()
    {
        using var staff = await StaffAsync(fixture);
        await AddPcpAsync(fixture, DemoSeed.AnaheimPediatrician, "CCN", DemoSeed.PartnerNetwork);
        var cin = await EnrollAsync(staff, pcpNpi: DemoSeed.AnaheimPediatrician.Npi);
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (response, segments) = await PostAsync(partner, Path, Eligibility270(cin, birthDate: "19840309"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(X12Body.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("ISA*00*          *00*          *ZZ*CALOPTIMA      *ZZ*ALTAMED        *", segments[0]);
        Assert.StartsWith("GS*HB*CALOPTIMA*ALTAMED*", segments[1]);
        Assert.Equal("ST*271*0001*005010X279A1", segments[2]);
        Assert.StartsWith("BHT*0022*11*10001234*", segments[3]);
        Assert.Equal(
            ["HL*1**20*1", "NM1*PR*2*CALOPTIMA HEALTH*****PI*842610001", "HL*2*1*21*1", $"NM1*1P*2*HARBOR PEDIATRICS*****XX*{DemoSeed.AnaheimPediatrician.Npi}",
             "HL*3*2*22*0", "TRN*2*93175-012547*9877281234", $"NM1*IL*1*ELIGIBLE*ROSA****MI*{cin}", "DMG*D8*19840309"],
            segments[4..12]);
        Assert.StartsWith("DTP*307*D8*", segments[12]);
        Assert.Equal("EB*1*IND*30*MC*MEDI-CAL ALTAMED HEALTH SERVICES (ALTAMED)", segments[13]);
        Assert.Equal(["LS*2120", $"NM1*P3*1*ANA REYES, MD*****XX*{DemoSeed.AnaheimPediatrician.Npi}", "LE*2120"], segments[14..17]);
        AssertReadable(segments);
    }

    [Fact]
    public async Task ELG_02_a_share_of_cost_member_is_answered_with_the_spend_down_benefit_and_its_monthly_amount_not_active_coverage()
    {
        using var staff = await StaffAsync(fixture);
        var cin = await EnrollAsync(staff, shareOfCost: 250.50m, lastName: "Spenddown");
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, segments) = await PostAsync(partner, Path, Eligibility270(cin));

        Assert.Contains("EB*Y*IND*30*MC*MEDI-CAL ALTAMED HEALTH SERVICES (ALTAMED)*34*250.5", segments);
        Assert.DoesNotContain(segments, s => s.StartsWith("EB*1*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_member_is_answered_subscriber_not_found_AAA_75()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (response, segments) = await PostAsync(partner, Path, Eligibility270(Platform.Testing.TestData.Cin()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("AAA*Y**75*C", segments[segments.FindIndex(s => s.StartsWith("NM1*IL*", StringComparison.Ordinal)) + 1]);
        Assert.DoesNotContain(segments, s => s.StartsWith("EB*", StringComparison.Ordinal));
    }

    /// <summary>ACC-06: another network's member is not the partner's data, answered as if unknown; the plan's staff see them.</summary>
    [Fact]
    public async Task ACC_06_a_member_of_another_network_is_not_found_for_the_partner_but_eligible_for_plan_staff()
    {
        using var staff = await StaffAsync(fixture);
        var cin = await EnrollAsync(staff, program: "CHOC");
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, forPartner) = await PostAsync(partner, Path, Eligibility270(cin));
        var (_, forStaff) = await PostAsync(staff, Path, Eligibility270(cin));

        Assert.Contains("AAA*Y**75*C", forPartner);
        Assert.DoesNotContain(forPartner, s => s.StartsWith("EB*", StringComparison.Ordinal) || s.Contains("ROSA", StringComparison.Ordinal));
        Assert.Contains(forStaff, s => s.StartsWith("EB*1*IND*30*MC*MEDI-CAL", StringComparison.Ordinal));
    }

    /// <summary>ELG-02: eligibility as of the date of service — covered on a past day, inactive today once the span ended.</summary>
    [Fact]
    public async Task ELG_02_a_past_date_of_service_is_answered_as_of_that_date_and_no_date_as_of_today()
    {
        using var staff = await StaffAsync(fixture);
        var cin = await EnrollAsync(staff, startDate: "2025-01-01", endDate: "2025-06-30");
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (_, past) = await PostAsync(partner, Path, Eligibility270(cin, serviceDate: "20250315"));
        var (_, today) = await PostAsync(partner, Path, Eligibility270(cin));

        Assert.Contains("DTP*307*D8*20250315", past);
        Assert.Contains(past, s => s.StartsWith("EB*1*IND*30*MC*", StringComparison.Ordinal));
        Assert.Contains("EB*6**30", today);
        Assert.DoesNotContain(today, s => s.StartsWith("EB*1*", StringComparison.Ordinal));
    }

    /// <summary>A provider office's user checks its own patient: their PCP is the office's provider (ACC-01).</summary>
    [Fact]
    public async Task ACC_01_a_provider_user_gets_active_coverage_for_a_member_assigned_to_their_provider()
    {
        using var staff = await StaffAsync(fixture);
        await AddPcpAsync(fixture, DemoSeed.AnaheimPediatrician, "CCN", DemoSeed.PartnerNetwork);
        var cin = await EnrollAsync(staff, program: "CCN", pcpNpi: DemoSeed.AnaheimPediatrician.Npi);
        using var anonymous = fixture.Gateway();
        using var provider = fixture.Gateway(await SignIn.TokenAsync(anonymous, DemoSeed.ProviderUser));

        var (_, segments) = await PostAsync(provider, Path, Eligibility270(cin));

        Assert.Contains(segments, s => s.StartsWith("EB*1*IND*30*MC*MEDI-CAL", StringComparison.Ordinal));
    }

    /// <summary>Bad content is refused in the 271 with the reason (005010X279A1 AAA03), not by a 999 or an HTTP error.</summary>
    [Theory]
    [InlineData("12AB", null, null, "72")]
    [InlineData(null, "20261341", null, "62")]
    [InlineData(null, "19990101", null, "62")]
    [InlineData(null, null, "21000101", "58")]
    [InlineData(null, null, "1984039", "58")]
    public async Task ELG_01_an_invalid_member_id_date_of_service_or_birth_date_is_rejected_with_its_AAA_reason(string? memberId, string? serviceDate, string? birthDate, string reason)
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var (response, segments) = await PostAsync(partner, Path, Eligibility270(memberId ?? Platform.Testing.TestData.Cin(), serviceDate, birthDate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"AAA*Y**{reason}*C", segments);
    }

    private static void AssertReadable(List<string> segments)
    {
        var (answer, error) = X12Reader.Read(string.Concat(segments.Select(s => s + "~")));
        Assert.Null(error);
        Assert.True(Assert.Single(Assert.Single(answer!.Groups).TransactionSets).Accepted);
    }
}
