using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Platform.Claims.Claims;
using Platform.Claims.Lookup;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;
using static Platform.Claims.Tests.ClaimBodies;

namespace Platform.Claims.Tests;

/// <summary>CLM-01 lookup by CIN or claim number, CLM-02 detail, CLM-07's note, scoped by ACC-01/06.</summary>
public sealed class LookupTests(ClaimsFixture service) : IClassFixture<ClaimsFixture>
{
    private readonly HttpClient staff = service.ClientWith(TestTokens.PlanStaff);

    [Fact]
    public async Task CLM_01_a_members_claims_come_newest_service_first_page_by_page_with_the_payable_note()
    {
        var cin = await service.AnnounceMemberAsync(lastName: "Lookup");
        var npi = TestData.Npi();
        var numbers = new List<string>();
        foreach (var day in new[] { "2026-07-01", "2026-09-01", "2026-08-01" })
        {
            numbers.Add(await RecordAsync(cin, npi, Line(day, "99213", 100m)));
        }

        var first = await SearchAsync(staff, $"cin={cin}&limit=2");
        var second = await SearchAsync(staff, $"cin={cin}&limit=2&after={first.Next}");

        Assert.Equal([numbers[1], numbers[2]], first.Items.Select(c => c.ClaimNumber));
        Assert.Equal([numbers[0]], second.Items.Select(c => c.ClaimNumber));
        Assert.Null(second.Next);
        Assert.Equal(("Test Lookup", cin, npi, "Medi-Cal", 100m), (first.Items[0].MemberName, first.Items[0].Cin, first.Items[0].BillingNpi, first.Items[0].LineOfBusiness, first.Items[0].BilledAmount));
        Assert.Equal(ClaimNotes.Payable, first.PayableNote);
    }

    [Fact]
    public async Task CLM_01_the_date_of_service_range_status_and_claim_number_narrow_the_search()
    {
        var cin = await service.AnnounceMemberAsync();
        var npi = TestData.Npi();
        var july = await RecordAsync(cin, npi, Line("2026-07-15", "99213", 100m));
        var august = await RecordAsync(cin, npi, Line("2026-08-15", "99213", 100m));
        (await staff.PostAsJsonAsync($"/api/v1/claims/{august}/adjudication", TestClaims.Finalization(100m, 80m), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var inAugust = await SearchAsync(staff, $"cin={cin}&from=2026-08-01&to=2026-08-31");
        var finalized = await SearchAsync(staff, $"cin={cin}&status=finalized");
        var byNumber = await SearchAsync(staff, $"claimNumber={july}");

        Assert.Equal([august], inAugust.Items.Select(c => c.ClaimNumber));
        Assert.Equal([(august, ClaimStatus.Finalized, (decimal?)80m)], finalized.Items.Select(c => (c.ClaimNumber, c.Status, c.PayableAmount)));
        Assert.Equal([july], byNumber.Items.Select(c => c.ClaimNumber));
    }

    [Fact]
    public async Task ACC_01_06_a_search_shows_only_the_claims_the_caller_may_see()
    {
        var cin = await service.AnnounceMemberAsync();
        var mine = TestData.Npi();
        var ours = await RecordAsync(cin, mine, Line("2026-06-01", "99213", 100m));
        await RecordAsync(cin, TestData.Npi(), Line("2026-06-02", "99213", 100m));
        var networks = await service.RecordAsync(staff, healthNetwork: "ALTAMED");
        using var provider = service.ClientWith(TestTokens.ForProviders([mine], Modules.Claims));
        using var partner = service.ClientWith(TestTokens.ForPartner("ALTAMED", Modules.Claims));

        var asProvider = await SearchAsync(provider, $"cin={cin}");
        var asPartner = await SearchAsync(partner, $"cin={await service.MemberAsync()}");

        Assert.Equal([ours], asProvider.Items.Select(c => c.ClaimNumber));
        Assert.Equal([networks], asPartner.Items.Select(c => c.ClaimNumber));
    }

    [Theory]
    [InlineData("", "cin")]
    [InlineData("cin=12345678A&claimNumber=C12345678901", "cin")]
    [InlineData("cin=1234", "cin")]
    [InlineData("claimNumber=ab", "claimNumber")]
    [InlineData("cin=12345678A&from=2026-09-01&to=2026-08-01", "from")]
    [InlineData("cin=12345678A&status=Paid", "status")]
    [InlineData("cin=12345678A&status=2", "status")]
    [InlineData("cin=12345678A&after=yesterday", "after")]
    [InlineData("cin=12345678A&limit=0", "limit")]
    public async Task A_search_out_of_its_rules_is_a_400_naming_the_parameter(string query, string field)
    {
        using var response = await staff.GetAsync($"/api/v1/claims?{query}", TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task CLM_02_07_the_detail_has_the_lines_with_totals_member_providers_diagnoses_and_the_member_billing_note()
    {
        var cin = await service.AnnounceMemberAsync(lastName: "Detail");
        var npi = TestData.Npi();
        var claimNumber = await RecordAsync(cin, npi, Line("2026-10-12", "99214", 180m, "25"), Line("2026-10-12", "81002", 12m));

        using var response = await staff.GetAsync($"/api/v1/claims/{claimNumber}", TestContext.Current.CancellationToken);

        var detail = await ClaimsFixture.DetailAsync(response);
        Assert.Equal((192m, 2, "Detail", npi, TestClaims.Tin), (detail.BilledAmount, detail.Lines.Count, detail.Member.LastName, detail.Providers.BillingNpi, detail.Providers.BillingTin));
        Assert.Equal(["E11.9", "I10"], detail.DiagnosisCodes);
        Assert.Equal(ClaimNotes.MemberBilling, detail.MemberBillingNote);
        Assert.False(detail.Disputable);
    }

    [Fact]
    public async Task CLM_02_the_printable_is_a_PDF_of_the_claim_on_as_many_pages_as_its_lines_need_for_its_provider_only()
    {
        var cin = await service.AnnounceMemberAsync();
        var npi = TestData.Npi();
        var claimNumber = await RecordAsync(cin, npi, [.. Enumerable.Range(1, 50).Select(day => Line($"2026-09-{day % 28 + 1:00}", "97110", 45m))]);
        using var provider = service.ClientWith(TestTokens.ForProviders([npi], Modules.Claims));
        using var stranger = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Claims));

        using var response = await provider.GetAsync($"/api/v1/claims/{claimNumber}/printable", TestContext.Current.CancellationToken);
        using var refused = await stranger.GetAsync($"/api/v1/claims/{claimNumber}/printable", TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfReader.Open(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), PdfDocumentOpenMode.Import);
        Assert.Equal($"Claim {claimNumber}", pdf.Info.Title);
        Assert.Equal(2, pdf.PageCount);
        await refused.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<string> RecordAsync(string cin, string npi, params object[] lines)
    {
        var claimNumber = TestData.ClaimNumber();
        (await staff.PostAsJsonAsync(ClaimsFixture.Intake, ByProvider(claimNumber, cin, npi, null, lines), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        return claimNumber;
    }

    private static async Task<ClaimSearchPage> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/claims?{query}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ClaimSearchPage>(JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;
    }
}
