namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class MemberServicesTests(PortalFixture portal)
{
    [Fact]
    public async Task A_PCP_change_shows_its_effective_date_before_submitting_names_a_bad_NPI_at_its_field_and_records_a_good_one()
    {
        var cin = await portal.AnyCinAsync();
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);
        await page.GotoAsync($"/members/{cin}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Request a PCP change" }).ClickAsync();

        // ELG-06: both dates the rule gives, before anything is sent.
        await Expect(page.Locator("#effective-date")).ToContainTextAsync("takes effect on");
        await page.GetByLabel("New PCP's NPI").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await Expect(page.Locator("#newPcpNpi-error")).ToContainTextAsync("NPI");

        await page.GetByLabel("New PCP's NPI").FillAsync(DemoSeed.AnaheimPediatrician.Npi);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Request recorded. {DemoSeed.AnaheimPediatrician.Name}");
        await TestBrowser.ScreenshotAsync(page, "09-pcp-change");
    }

    [Fact]
    public async Task The_reference_pages_show_the_health_network_contacts_and_the_access_standards()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        // POR-02: the education deck's contact list and wait-time standards.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Reference" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "CalOptima Health Community Network" })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "10-health-networks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Access standards" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row)).Not.ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_malformed_CIN_in_a_face_sheet_address_shows_the_API_s_message_not_an_empty_page()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);

        await page.GotoAsync("/members/12");

        // ELG-04's route value has no input to sit beside: the message goes into the page's alert.
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("A CIN is eight digits followed by a letter.");
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_portal_s_page()
    {
        var page = await portal.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await PortalPages.ExpectFooterAsync(page);
    }
}
