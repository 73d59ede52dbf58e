namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class AttestationTests(PortalFixture portal)
{
    private static readonly string[] Materials =
        ["Newly Contracted Provider Training", "Cultural Competency", "Disability Awareness", "OneCare Model of Care", "Fraud, Waste, and Abuse Training", "DEI Training"];

    private const string Statement = "I attest that I have completed the Initial Provider Training.";

    [Fact]
    public async Task RPT_04_05_an_LOA_finds_an_overdue_initial_attestation_opens_every_material_attests_and_sees_it_Submitted()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.HarborLoa.Email);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Attestation", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Manage Attestation" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Attestation Type").Locator("option:checked")).ToHaveTextAsync("Provider Training Attestation");

        // RPT-04: the annual attestation is searched by TIN only, and falls due December 31.
        await page.GetByRole(AriaRole.Link, new() { Name = "Annual", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Provider Name")).ToHaveCountAsync(0);
        await page.GetByLabel("Provider Tax Identification Number (TIN)").FillAsync(DemoSeed.HarborTin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ana Reyes, MD" })).ToContainTextAsync($"12/31/{DateTime.UtcNow.AddHours(-8):yyyy}");
        await TestBrowser.ScreenshotAsync(page, "51-attestation-annual-by-tin");

        // RPT-04: the initial one by provider name: 30 days after joining (the demo providers joined 01/01/2020), long overdue.
        await page.GetByRole(AriaRole.Link, new() { Name = "Initial", Exact = true }).ClickAsync();
        await page.GetByLabel("Provider Name").FillAsync("Nguyen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Carla Nguyen, NP" });
        await Expect(row).ToContainTextAsync("01/31/2020");
        await Expect(row).ToContainTextAsync("Pending");
        await Expect(row).ToContainTextAsync("Overdue");
        await Expect(row).ToHaveClassAsync("due-overdue");
        await TestBrowser.ScreenshotAsync(page, "52-attestation-initial-search-overdue");

        // RPT-05: the box stays disabled until the server has recorded every material opened.
        await row.GetByRole(AriaRole.Button, new() { Name = "Attest for Carla Nguyen, NP" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provider Training Attestation" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel(Statement)).ToBeDisabledAsync();
        await TestBrowser.ScreenshotAsync(page, "53-attestation-form-materials-unopened");
        foreach (var material in Materials)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = material, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = material })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Back to the attestation" }).First.ClickAsync();
            await Expect(page.Locator(".materials li", new() { HasText = material })).ToContainTextAsync("✓");
        }

        await Expect(page.GetByLabel(Statement)).ToBeEnabledAsync();
        await page.GetByLabel("Attendees").FillAsync("Carla Nguyen\nDana User");
        await page.GetByLabel(Statement).CheckAsync();
        await TestBrowser.ScreenshotAsync(page, "54-attestation-form-all-opened");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        // RPT-05: the status list, the initial one now Submitted.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Attestation status of Carla Nguyen, NP" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your attestation was submitted.");
        var initial = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Initial" });
        await Expect(initial).ToContainTextAsync("01/31/2020");
        await Expect(initial).ToContainTextAsync("Submitted");
        await Expect(initial).Not.ToContainTextAsync("Overdue");
        await TestBrowser.ScreenshotAsync(page, "55-attestation-status-list");
    }
}
