using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class AdminTests(PortalFixture portal)
{
    [Fact]
    public async Task A_plain_User_sees_no_Admin_module_and_is_refused_its_page_while_an_LOA_has_it()
    {
        // ACC-02: the navigation shows only what the account's roles and permissions open.
        var user = await portal.NewPageAsync();
        await PortalPages.SignInAsync(user, DemoSeed.ProviderUser.Email);
        await Expect(user.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Admin", PortalPages.NavigationLinks(user));
        await TestBrowser.ScreenshotAsync(user, "04-dashboard-user");

        await user.GotoAsync("/admin/users");
        await Expect(user.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page" })).ToBeVisibleAsync();
        await PortalPages.ExpectFooterAsync(user);

        var loa = await portal.NewPageAsync();
        await PortalPages.SignInAsync(loa, DemoSeed.HarborLoa.Email);
        Assert.Contains("Admin", PortalPages.NavigationLinks(loa));
    }

    [Fact]
    public async Task An_LOA_deactivates_a_user_who_then_cannot_sign_in()
    {
        var (email, password) = await NewOfficeUserAsync();
        var user = await portal.NewPageAsync();
        await PortalPages.SignInAsync(user, email, password);
        await Expect(user.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        // ACC-03/04: the LOA finds the user by email among the office's users and deactivates them.
        var loa = await portal.NewPageAsync();
        await PortalPages.SignInAsync(loa, DemoSeed.HarborLoa.Email);
        await loa.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await loa.GetByLabel("Name or email").FillAsync(email);
        await loa.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await TestBrowser.ScreenshotAsync(loa, "05-admin-users");
        await loa.GetByRole(AriaRole.Link, new() { Name = "Web Test User" }).ClickAsync();
        await loa.GetByRole(AriaRole.Button, new() { Name = "Deactivate user" }).ClickAsync();
        await Expect(loa.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(loa.GetByRole(AriaRole.Button, new() { Name = "Reactivate user" })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(loa, "06-admin-user-deactivated");

        // ACC-05: a deactivated account cannot sign in.
        var again = await portal.NewPageAsync();
        await PortalPages.SignInAsync(again, email, password);
        await Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("The account is deactivated.");
    }

    [Fact]
    public async Task An_LOA_searches_the_office_providers_by_name_and_TIN_and_a_malformed_TIN_is_named_at_its_field()
    {
        var loa = await portal.NewPageAsync();
        await PortalPages.SignInAsync(loa, DemoSeed.HarborLoa.Email);
        await loa.GotoAsync("/admin/providers");

        // ACC-04: by name or provider id, filtered by TIN; only the LOA's own office's providers.
        await loa.GetByLabel("Name or provider ID").FillAsync("Reyes");
        await loa.GetByLabel("TIN").FillAsync(DemoSeed.HarborTin);
        await loa.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var rows = loa.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasNot = loa.Locator("th") });
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(DemoSeed.AnaheimPediatrician.ProviderId);
        await TestBrowser.ScreenshotAsync(loa, "08-admin-providers");

        await loa.GetByLabel("TIN").FillAsync("12-34");
        await loa.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(loa.Locator("#tin-error")).ToContainTextAsync("A TIN is nine digits");
    }

    /// <summary>A user of Harbor's office, made by its LOA through the API, who has set their own password.</summary>
    private async Task<(string Email, string Password)> NewOfficeUserAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var gateway = new HttpClient { BaseAddress = portal.Portal };
        var session = await PostAsync(gateway, "/api/identity/v1/sessions", new { email = DemoSeed.HarborLoa.Email, password = DemoSeed.Password });
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());
        var me = await gateway.GetFromJsonAsync<JsonElement>("/api/identity/v1/me", ct);
        var email = $"web-{Guid.NewGuid():N}"[..16] + "@harbor.example";
        var created = await PostAsync(gateway, "/api/identity/v1/admin/users", new
        {
            email,
            name = "Web Test User",
            officeId = me.GetProperty("office").GetProperty("id").GetGuid(),
            roles = new[] { "User" },
            permissions = new[] { "Members" },
        });
        const string password = "Fresh-Portal-Pass-2026";
        gateway.DefaultRequestHeaders.Authorization = null;
        using var changed = await gateway.PostAsJsonAsync("/api/identity/v1/account/password",
            new { email, currentPassword = created.GetProperty("oneTimePassword").GetString(), newPassword = password }, ct);
        changed.EnsureSuccessStatusCode();
        return (email, password);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
