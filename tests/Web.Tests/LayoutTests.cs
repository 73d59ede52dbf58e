namespace Platform.Web.Tests;

/// <summary>The shell at phone width and from the keyboard.</summary>
[Collection(PortalCollection.Name)]
public sealed class LayoutTests(PortalFixture portal)
{
    [Fact]
    public async Task At_phone_width_the_navigation_sits_above_the_page_and_nothing_overflows_sideways()
    {
        var page = await portal.NewPageAsync(phone: true);
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await page.GotoAsync("/members");

        var navigation = await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).BoundingBoxAsync();
        var heading = await page.GetByRole(AriaRole.Heading, new() { Name = "Member Lookup" }).BoundingBoxAsync();
        Assert.True(navigation!.Y + navigation.Height <= heading!.Y, "The navigation should be above the page's heading.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at phone width.");
        await TestBrowser.ScreenshotAsync(page, "07-member-lookup-phone");
    }

    [Fact]
    public async Task The_first_Tab_reaches_the_skip_link_which_moves_focus_to_the_page()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }
}
