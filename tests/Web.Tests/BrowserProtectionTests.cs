namespace Platform.Web.Tests;

/// <summary>What the portal tells a browser about its pages, and what it refuses from another site.</summary>
[Collection(PortalCollection.Name)]
public sealed class BrowserProtectionTests(PortalFixture portal)
{
    [Fact]
    public async Task A_signed_in_admin_page_allows_no_framing_only_the_portals_own_script_no_referrer_and_no_copy()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.HarborLoa.Email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        var response = await page.GotoAsync("/admin/users");
        var headers = await response!.AllHeadersAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var policy = headers["content-security-policy"];
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        // Only the portal's own script file (the live referral statuses) and connections back to the portal (its hub).
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Contains("no-store", headers["cache-control"]);
        var session = Assert.Single(await page.Context.CookiesAsync(), cookie => cookie.Name == "portal.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
    }

    [Fact]
    public async Task A_sign_out_posted_from_another_site_without_the_token_is_refused_and_the_session_stays()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        // The browser's own cookies, sent as a cross-site form would send them.
        var forged = await page.Context.APIRequest.PostAsync("/signout", new()
        {
            Headers = new Dictionary<string, string> { ["Origin"] = "https://attacker.example", ["Content-Type"] = "application/x-www-form-urlencoded" },
            Data = "x=1",
            MaxRedirects = 0,
        });
        await page.GotoAsync("/");

        Assert.Equal(400, forged.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await PortalPages.SignOutAsync(page);
    }

    [Fact]
    public async Task A_return_address_with_non_ASCII_characters_leads_back_to_it_after_sign_in()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString("/members?lastName=Müller&dateOfBirth=1990-05-17"));

        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Member Lookup" })).ToBeVisibleAsync();
        Assert.Contains("lastName=M%C3%BCller", page.Url);
        await TestBrowser.ScreenshotAsync(page, "11-return-after-sign-in");
    }
}
