namespace Platform.Web.Tests;

/// <summary>What a person does on the portal's pages, by the labels and names they see.</summary>
public static class PortalPages
{
    /// <summary>Signs in on the sign-in page, staying on it when a refused page has already led there (with its return address).</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoSeed.Password)
    {
        if (!new Uri(page.Url, UriKind.RelativeOrAbsolute).ToString().Contains("/signin", StringComparison.Ordinal))
        {
            await page.GotoAsync("/signin");
        }

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You have signed out.");
    }

    /// <summary>POR-01: the footer's links, on whatever page is showing.</summary>
    public static async Task ExpectFooterAsync(IPage page)
    {
        var footer = page.Locator("footer");
        foreach (var link in new[] { "Terms Of Use", "Website Privacy Policy", "Provider Portal Policy", "Medical Director Contact Information", "Guidelines" })
        {
            await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(footer).ToContainTextAsync("©");
    }

    public static IReadOnlyList<string> NavigationLinks(IPage page) =>
        [.. page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link).AllInnerTextsAsync().GetAwaiter().GetResult()];
}
