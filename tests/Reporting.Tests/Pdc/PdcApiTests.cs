using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Contracts.Eligibility;
using Platform.Reporting.Pdc;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults;
using Platform.Testing;
using Xunit;

namespace Platform.Reporting.Tests.Pdc;

public sealed class PdcApiTests(PdcFixture service) : IClassFixture<PdcFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private PdcScenario Scenario => service.Scenario;

    private async Task<byte[]> DownloadAsync(string token, string path)
    {
        using var response = await service.ClientWith(token).GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Reporting.Pdc.Workbook.PdcWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        // What the file covers and its day, never a member.
        Assert.Matches("^pdc-[a-z_]+-2026-06-15\\.xlsx$", response.Content.Headers.ContentDisposition?.FileNameStar);
        return await response.Content.ReadAsByteArrayAsync(Cancellation);
    }

    [Fact]
    public async Task RPT_02_plan_staff_see_every_network_with_cod_and_ccn_counted()
    {
        var networks = await service.ClientWith(PdcScenario.Staff).GetFromJsonAsync<NetworkAdherence[]>("/api/v1/pdc/health-networks", Cancellation);

        var byCode = networks!.ToDictionary(n => n.Network);
        Assert.Equal([Programs.Direct, .. Programs.Networks], networks!.Select(n => n.Network));
        // CCN: the adherent member (RASA measured, adherent) and the insulin user (statins only); hospice and pramlintide-only members have no row.
        Assert.Equal(2, byCode[Programs.CommunityNetwork].Members);
        Assert.Equal((1, 1), Class(byCode[Programs.CommunityNetwork], DrugClasses.RasAntagonists));
        Assert.Equal((0, 0), Class(byCode[Programs.CommunityNetwork], DrugClasses.Diabetes));
        Assert.Equal((1, 0), Class(byCode[Programs.Direct], DrugClasses.Statins));
        Assert.Equal(1, byCode["KAISER"].Members);
    }

    [Fact]
    public async Task RPT_02_an_office_sees_its_providers_networks_and_cod_members_through_the_prescriber()
    {
        var networks = await service.ClientWith(Scenario.OfficeOne).GetFromJsonAsync<NetworkAdherence[]>("/api/v1/pdc/health-networks", Cancellation);

        Assert.Equal([(Programs.Direct, 1), (Programs.CommunityNetwork, 2)], networks!.Select(n => (n.Network, n.Members)));
    }

    [Fact]
    public async Task RPT_02_a_partner_sees_its_own_network_only()
    {
        var networks = await service.ClientWith(TestTokens.ForPartner("KAISER", "Reports")).GetFromJsonAsync<NetworkAdherence[]>("/api/v1/pdc/health-networks", Cancellation);

        Assert.Equal([("KAISER", 1)], networks!.Select(n => (n.Network, n.Members)));
    }

    [Theory]
    [InlineData("/api/v1/pdc/health-networks/KAISER/workbook")]
    [InlineData("/api/v1/pdc/health-networks/NOPE/workbook")]
    public async Task ACC_01_a_network_not_the_offices_is_not_found(string path)
    {
        using var response = await service.ClientWith(Scenario.OfficeOne).GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ACC_01_another_offices_provider_is_not_found_and_not_listed()
    {
        var client = service.ClientWith(Scenario.OfficeOne);
        using var download = await client.GetAsync($"/api/v1/pdc/workbook?npi={Scenario.KaiserPcp}", Cancellation);
        var page = await client.GetFromJsonAsync<Page<PdcProvider>>($"/api/v1/pdc/providers?npi={Scenario.KaiserPcp}", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Empty(page!.Items);
    }

    [Theory]
    [InlineData("/api/v1/pdc/providers?tin=12", "tin")]
    [InlineData("/api/v1/pdc/providers?npi=1234567890", "npi")]
    [InlineData("/api/v1/pdc/providers?limit=0", "limit")]
    [InlineData("/api/v1/pdc/workbook?name=%20", "name")]
    [InlineData("/api/v1/pdc/health-networks/kaiser!/workbook", "network")]
    public async Task RPT_02_a_bad_filter_is_a_problem_naming_the_field(string path, string field)
    {
        using var response = await service.ClientWith(PdcScenario.Staff).GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task RPT_02_the_prescriber_view_lists_the_offices_providers_by_name_tin_and_npi()
    {
        var client = service.ClientWith(Scenario.OfficeOne);
        var all = await client.GetFromJsonAsync<Page<PdcProvider>>("/api/v1/pdc/providers", Cancellation);
        var byName = await client.GetFromJsonAsync<Page<PdcProvider>>("/api/v1/pdc/providers?name=ortiz&tin=11-1111111", Cancellation);

        Assert.Equal(new[] { Scenario.CcnPcp, Scenario.Specialist }.Order(StringComparer.Ordinal), all!.Items.Select(p => p.Npi));
        Assert.Equal([Scenario.Specialist], byName!.Items.Select(p => p.Npi));
    }

    [Fact]
    public async Task RPT_03_the_workbook_has_summary_report_and_data_dictionary_with_the_hand_worked_row()
    {
        using var workbook = new WorkbookReader(await DownloadAsync(Scenario.OfficeOne, "/api/v1/pdc/workbook"));

        Assert.Equal(["Summary", "Report", "Data Dictionary"], workbook.SheetNames);
        Assert.Empty(workbook.ValidationErrors());
        var report = workbook.Report();
        Assert.Equal(new[] { Scenario.Adherent, Scenario.PastDue, Scenario.InsulinUser }.Order(StringComparer.Ordinal), report.Select(r => r["Member CIN"]));
        var adherent = report.Single(r => r["Member CIN"] == Scenario.Adherent);
        Assert.Equal(("0.9136", "Y", "148", "162", "PRIORITY 1 <100-DAYS PRESCRIBED (100-DAYS COVERED FOR ORALS)"),
            (adherent["PDC"], adherent["Adherent"], adherent["Days Covered"], adherent["Days to Date"], adherent["Priority"]));
        Assert.Equal("PRIORITY 1- PAST DUE", report.Single(r => r["Member CIN"] == Scenario.PastDue)["Priority"]);
        // Summary rows (from the fourth: title, blank, header) count the Report's rows per priority, then the Grand Total.
        var summary = workbook.Rows("Summary").Skip(3).ToDictionary(r => r[0], r => int.Parse(r[1]));
        var expected = report.GroupBy(r => r["Priority"]).ToDictionary(g => g.Key, g => g.Count());
        expected["Grand Total"] = report.Count;
        Assert.Equal(expected.OrderBy(e => e.Key), summary.OrderBy(e => e.Key));
        Assert.Equal(6, workbook.Sheet("Report").Descendants<ConditionalFormattingRule>().Count());
        Assert.Contains(workbook.Rows("Data Dictionary"), r => r.Length == 2 && r[0] == "PRIORITY 1- PAST DUE" && r[1].Contains("passed by 1 day"));
    }

    [Fact]
    public async Task RPT_03_the_workbook_opens_in_libreoffice_calc_with_every_tab_and_the_hand_worked_row()
    {
        var text = await LibreOffice.TextOfAsync(await DownloadAsync(PdcScenario.Staff, "/api/v1/pdc/workbook"), Cancellation);

        // Summary, Report (the adherent member's CIN, PDC 91.4 % and priority) and Data Dictionary.
        Assert.Contains("Row Labels", text);
        Assert.Contains("Count of Member CIN", text);
        Assert.Contains("Grand Total", text);
        Assert.Contains(Scenario.Adherent, text);
        Assert.Contains("91.4%", text);
        Assert.Contains("PRIORITY 1 <100-DAYS PRESCRIBED (100-DAYS COVERED FOR ORALS)", text);
        Assert.Contains("PRIORITY 1- PAST DUE", text);
        Assert.Contains("Days Supply Remaining", text);
        Assert.Contains("PDC Method", text);
        Assert.Contains("Thresholds (first that applies, in this order)", text);
    }

    [Fact]
    public async Task ACC_05_every_member_of_a_workbook_is_audited_before_it_is_sent()
    {
        await DownloadAsync(Scenario.OfficeOne, "/api/v1/pdc/health-networks/COD/workbook");

        var entries = await service.QueryAsync(AuditOutbox.EntriesAsync);
        var entry = Assert.Single(entries, e => e.Entry.ResourceId == "network/COD").Entry;
        Assert.Equal(PdcDownload.AuditResource, entry.ResourceType);
        Assert.Equal([Scenario.PastDue], entry.MemberIds);
    }

    private static (int Measured, int Adherent) Class(NetworkAdherence network, string drugClass) =>
        network.Classes.Single(c => c.DrugClass == drugClass) is var c ? (c.Measured, c.Adherent) : default;
}
