using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>RPT-02/03: the PDC report's two views and its workbook, downloaded through the web app.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReportsTests(PortalFixture portal)
{
    private static readonly string[] HarborNpis = [DemoSeed.AnaheimPediatrician.Npi, DemoSeed.IrvinePediatrician.Npi, DemoSeed.HarborNursePractitioner.Npi];

    [Fact]
    public async Task RPT_02_plan_staff_pick_the_PDC_report_see_every_network_and_get_a_networks_and_a_prescribers_workbook()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Manage Attestation" })).ToHaveAttributeAsync("href", "/reports/attestations");
        await page.GetByLabel("Report Type").SelectOptionAsync(new SelectOptionValue { Label = "Proportion of Days Covered (PDC)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Open report" }).ClickAsync();

        // Every network, CCN and COD among them.
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "COD", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "CCN", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "KAISER", Exact = true })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "60-pdc-health-networks");
        var network = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Get Latest PDC report of CCN" }).ClickAsync());
        using (var workbook = await OpenAsync(network))
        {
            Assert.Equal(["Summary", "Report", "Data Dictionary"], workbook.SheetNames);
            Assert.All(workbook.Report(), row => Assert.Equal("CCN", row["Health Network"]));
            Assert.NotEmpty(workbook.Report());
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "PCP / Prescriber" }).ClickAsync();
        await page.GetByLabel("NPI").FillAsync(DemoSeed.AnaheimPediatrician.Npi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = DemoSeed.AnaheimPediatrician.Npi })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "61-pdc-prescribers");
        var prescriber = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDC Report" }).ClickAsync());
        using (var workbook = await OpenAsync(prescriber))
        {
            Assert.All(workbook.Report(), row => Assert.Contains(DemoSeed.AnaheimPediatrician.Npi, new[] { row["PCP NPI"], row["Prescriber NPI"] }));
        }
    }

    [Fact]
    public async Task RPT_02_an_office_sees_its_networks_and_its_providers_and_ACC_01_its_workbook_holds_only_their_members()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.HarborLoa.Email);

        await page.GotoAsync("/reports/pdc");
        // Harbor's PCPs contract through CCN and AltaMed; CCN brings COD (its members are seen through the prescriber).
        await Expect(page.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["COD", "ALTAMED", "CCN"]);
        await TestBrowser.ScreenshotAsync(page, "62-pdc-office-networks");

        await page.GetByRole(AriaRole.Link, new() { Name = "PCP / Prescriber" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = DemoSeed.AnaheimPediatrician.Npi })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "63-pdc-office-prescribers");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDC Report" }).ClickAsync());
        using var workbook = await OpenAsync(download);
        var rows = workbook.Report();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(HarborNpis.Contains(row["PCP NPI"]) || HarborNpis.Contains(row["Prescriber NPI"]), row["Member CIN"]));
    }

    private static async Task<WorkbookReader> OpenAsync(IDownload download)
    {
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        return new WorkbookReader(await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
    }
}
