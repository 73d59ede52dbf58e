namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class MemberLookupTests(PortalFixture portal)
{
    [Fact]
    public async Task Staff_sign_in_look_a_member_up_by_CIN_open_the_face_sheet_and_sign_out()
    {
        var cin = await portal.AnyCinAsync();
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/members");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl=%2Fmembers"));
        await PortalPages.ExpectFooterAsync(page);
        await TestBrowser.ScreenshotAsync(page, "01-sign-in");

        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);
        // ELG-01: one field takes a CIN, MEDS ID or MBI.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Member Lookup" })).ToBeVisibleAsync();
        await Expect(page.GetByText("CIN, MEDS ID, or MBI accepted")).ToBeVisibleAsync();
        await page.GetByLabel("Member ID").FillAsync(cin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find Members" }).ClickAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = cin });
        await Expect(row).ToHaveCountAsync(1);
        // ELG-02: the status on the date of service, as one of the three badges.
        await Expect(row.Locator(".badge")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(ELIGIBLE|SHARE OF COST|NOT ELIGIBLE)$"));
        await TestBrowser.ScreenshotAsync(page, "02-member-lookup");

        await row.GetByRole(AriaRole.Link, new() { Name = "View Face Sheet" }).ClickAsync();
        // ELG-04: demographics and coverage history, never a street address or phone.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Face Sheet" })).ToBeVisibleAsync();
        await Expect(page.Locator("dl.facts").First).ToContainTextAsync(cin);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coverage history" })).ToBeVisibleAsync();
        await PortalPages.ExpectFooterAsync(page);
        await TestBrowser.ScreenshotAsync(page, "03-face-sheet");

        await PortalPages.SignOutAsync(page);
        await page.GotoAsync($"/members/{cin}");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
    }

    [Fact]
    public async Task A_lookup_without_an_id_or_a_name_shows_the_API_message_next_to_the_field()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email);

        await page.GotoAsync("/members?id=12345");

        await Expect(page.Locator("#id-error")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_the_sign_in_page()
    {
        var page = await portal.NewPageAsync();

        await PortalPages.SignInAsync(page, DemoSeed.PlanStaff.Email, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is incorrect.");
    }
}
