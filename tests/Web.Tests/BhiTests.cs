namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class BhiTests(PortalFixture portal)
{
    [Fact]
    public async Task RPT_01_plan_staff_read_the_bhi_measure_by_provider_then_by_prescriber_and_a_providers_members()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);

        await page.GotoAsync("/reports/bhi");
        // Search by Provider is the default (RPT-01); the demo plan's depression care puts some PCPs' members in the measure.
        await Expect(page.GetByLabel("Provider", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var rows = page.Locator("table.results tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Acute phase" })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "70-bhi-by-provider");

        await page.GetByLabel("Prescriber", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Prescriber NPI" })).ToBeVisibleAsync();
        var first = rows.First;
        var npi = await first.Locator("td").Nth(1).InnerTextAsync();
        await page.GetByLabel("Prescriber NPI").FillAsync(npi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await TestBrowser.ScreenshotAsync(page, "71-bhi-by-prescriber");

        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("in the measure");
        await Expect(page.Locator("table.results tbody tr").First).ToContainTextAsync("days by");
        await TestBrowser.ScreenshotAsync(page, "72-bhi-members");
        var violations = new List<string>();
        await AccessibilityTests.CheckAsync(page, violations);
        await page.GotoAsync("/reports/bhi?by=prescriber");
        await AccessibilityTests.CheckAsync(page, violations);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task RPT_01_a_bad_npi_is_shown_at_its_field()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        await page.GotoAsync("/reports/bhi?npi=123");

        await Expect(page.Locator("#npi-error")).ToContainTextAsync("NPI");
    }
}
