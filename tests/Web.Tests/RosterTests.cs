namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class RosterTests(PortalFixture portal)
{
    [Fact]
    public async Task RST_01_to_04_an_office_user_adds_a_member_from_Member_Lookup_views_the_roster_and_removes_the_member()
    {
        var cin = await portal.HarborMemberAsync();
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        // RST-02: from a member search result, Add To My Roster.
        await page.GotoAsync($"/members?id={cin}");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = cin }).GetByRole(AriaRole.Link, new() { Name = "Add To My Roster" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add To My Roster" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Roster Type")).ToHaveValueAsync("BH");
        await Expect(page.GetByLabel("Relationship Date")).Not.ToHaveValueAsync("");
        await page.GetByLabel("Provider Name").FillAsync("Reyes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search for Provider" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ana Reyes, MD" }).CheckAsync();
        await TestBrowser.ScreenshotAsync(page, "roster-01-add-to-my-roster");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(cin);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ana Reyes, MD");

        // RST-03/04: Roster in the navigation; the provider, then their roster, narrowed by member id.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Roster" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Behavioral Health Member Roster" })).ToBeVisibleAsync();
        await Expect(page.GetByText("supplemental documentation is needed for the BH pay-for-value")).ToBeVisibleAsync();
        await page.GetByLabel("Member ID").FillAsync(cin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search for Provider" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ana Reyes, MD" }).ClickAsync();
        await page.GetByLabel("Member ID").FillAsync(cin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search for Members" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = cin });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "View Member Details" })).ToHaveAttributeAsync("href", $"/members/{cin}");
        await TestBrowser.ScreenshotAsync(page, "roster-02-view-roster");

        // Remove from Roster asks first, then the member leaves the list.
        await row.GetByRole(AriaRole.Link, new() { Name = "Remove from Roster" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Remove from Roster?" })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "roster-03-confirm-removal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove from Roster" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("was removed from the roster");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = cin })).ToHaveCountAsync(0);
        await TestBrowser.ScreenshotAsync(page, "roster-04-removed");
    }

    [Fact]
    public async Task RST_01_a_user_without_the_roster_permission_has_no_Roster_in_the_navigation_nor_Add_To_My_Roster()
    {
        var cin = await portal.AnyCinAsync();
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);

        await page.GotoAsync($"/members?id={cin}");

        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = cin })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add To My Roster" })).ToHaveCountAsync(0);
        Assert.DoesNotContain("Roster", PortalPages.NavigationLinks(page));
    }
}
