namespace Platform.Web.Tests;

/// <summary>The New Referral wizard as a person goes through it, by the labels and buttons they see.</summary>
public static class ReferralWizard
{
    /// <summary>Step 1: the member and the date of service (today, as the form offers it), the requesting provider as offered.</summary>
    public static async Task MemberAsync(IPage page, string cin)
    {
        await page.GotoAsync("/referrals/new");
        await page.GetByLabel("Member ID (CIN)").FillAsync(cin);
        await NextAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referred-to provider" })).ToBeVisibleAsync();
    }

    /// <summary>Step 2: the provider found by NPI in the directory (Enter searches, as the form's default action), and selected.</summary>
    public static async Task SelectProviderAsync(IPage page, string npi)
    {
        await page.GetByLabel("by name or NPI").FillAsync(npi);
        await page.GetByLabel("by name or NPI").PressAsync("Enter");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = npi }).GetByRole(AriaRole.Button, new() { Name = "Select" }).ClickAsync();
    }

    public static Task NextAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();

    /// <summary>Step 3: one diagnosis and one service line, routine unless told; then Submit referral.</summary>
    public static async Task ServicesAsync(IPage page, string code, int quantity, string diagnosis = "G43.909")
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Diagnosis 1").FillAsync(diagnosis);
        await page.GetByLabel("Procedure code (CPT/HCPCS)").FillAsync(code);
        await page.GetByLabel("Quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Place of service").SelectOptionAsync("22");
    }

    public static Task SubmitAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Submit referral" }).ClickAsync();

    /// <summary>The referral number the result names.</summary>
    public static async Task<string> SubmittedNumberAsync(IPage page)
    {
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Referral RF[0-9]{9} submitted$") });
        await Expect(heading).ToBeVisibleAsync();
        return (await heading.InnerTextAsync()).Split(' ')[1];
    }

    /// <summary>The status as the page shows it where live updates will find it (data-referral-number and -status).</summary>
    public static ILocator Status(IPage page, string referralNumber) =>
        page.Locator($"[data-referral-number='{referralNumber}'][data-referral-status]").First;
}
