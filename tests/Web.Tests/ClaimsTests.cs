using Platform.Testing;

namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ClaimsTests(PortalFixture portal)
{
    [Fact]
    public async Task CLM_01_02_a_provider_office_finds_its_claim_by_CIN_and_by_claim_number_and_reads_its_detail()
    {
        // The demo user's collection holds the Anaheim pediatrician, who billed this claim.
        var (claimNumber, cin) = await portal.RecordedClaimAsync(
            (number, member) => TestClaims.Claim(number, member, DemoSeed.AnaheimPediatrician.Npi, 273.40m, "2026-10-29"),
            TestClaims.Finalization(273.40m, 198.20m));
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Claims" }).ClickAsync();
        await page.GetByLabel("Member ID (CIN)").FillAsync(cin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = claimNumber });
        await Expect(row).ToContainTextAsync("$273.40 / $198.20");
        await Expect(row.Locator(".badge")).ToHaveTextAsync("Finalized");
        // CLM-01: the note on every page of results.
        await Expect(page.GetByText("The payable amount may not reflect the final claims payment.")).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "20-claims-lookup");

        await page.GetByRole(AriaRole.Link, new() { Name = "Claim #" }).ClickAsync();
        await page.GetByLabel("Claim #").FillAsync(claimNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = claimNumber }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Claim #: {claimNumber}" })).ToBeVisibleAsync();
        await Expect(page.Locator("#services tfoot")).ToContainTextAsync("TOTAL:");
        await Expect(page.Locator("#services tfoot")).ToContainTextAsync("$198.20");
        // CLM-07 on the EOB; CLM-06's flags are never shown to a provider office.
        await Expect(page.Locator("#eob")).ToContainTextAsync("cannot bill members for covered services");
        await Expect(page.Locator("#eob")).ToContainTextAsync("CO-45: $75.20");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Flagged for review (FWA)" })).ToHaveCountAsync(0);
        await TestBrowser.ScreenshotAsync(page, "21-claim-detail");
        var printable = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download Printable" }).ClickAsync());
        Assert.Equal($"claim-{claimNumber}.pdf", printable.SuggestedFilename);
        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(await printable.PathAsync(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CLM_06_plan_staff_see_the_review_flags_on_a_claim_and_ACC_01_an_office_gets_not_found_for_a_claim_not_theirs()
    {
        object TwiceBilled(string number, string member) => new
        {
            claimNumber = number, cin = member, billingNpi = DemoSeed.Psychiatrist.Npi, billingTin = DemoSeed.OrangeCoastTin, lineOfBusiness = "Medi-Cal",
            diagnosisCodes = new[] { "F32.9" },
            lines = new[]
            {
                new { serviceFrom = "2026-10-20", serviceTo = "2026-10-20", procedureCode = "90834", units = 1, billedAmount = 140.00m },
                new { serviceFrom = "2026-10-20", serviceTo = "2026-10-20", procedureCode = "90834", units = 1, billedAmount = 140.00m },
            },
        };
        var (claimNumber, _) = await portal.RecordedClaimAsync(TwiceBilled, determination: null);
        var staff = await portal.NewPageAsync();
        var office = await portal.NewPageAsync();
        await PortalPages.SignInAsync(staff, DemoSeed.PlanStaff.Email);
        await PortalPages.SignInAsync(office, DemoSeed.ProviderUser.Email);

        await staff.GotoAsync($"/claims/{claimNumber}");
        await office.GotoAsync($"/claims/{claimNumber}");

        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Flagged for review (FWA)" })).ToBeVisibleAsync();
        await Expect(staff.Locator(".fwa")).ToContainTextAsync("Line 2: 90834 on 10/20/2026 is also billed on another line of this claim.");
        await TestBrowser.ScreenshotAsync(staff, "22-claim-fwa-flags");
        await Expect(office.Locator(".alert")).ToContainTextAsync("was not found");
    }

    [Fact]
    public async Task CLM_03_an_office_reconciles_a_payment_with_its_remittance_advice_and_downloads_it_as_CSV_and_PDF()
    {
        var (claimNumber, _) = await portal.RecordedClaimAsync(
            (number, member) => TestClaims.Claim(number, member, DemoSeed.AnaheimPediatrician.Npi, 140.00m, "2026-11-03"),
            TestClaims.Finalization(140.00m, 112.00m));
        var (_, trace) = await portal.PaidAsync(DemoSeed.AnaheimPediatrician.Npi, claimNumber);
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        await page.GotoAsync("/claims");
        await page.GetByRole(AriaRole.Link, new() { Name = "Claims Reconciliation" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = trace });
        await Expect(row).ToContainTextAsync("$112.00");
        await TestBrowser.ScreenshotAsync(page, "23-claims-reconciliation");
        await row.GetByRole(AriaRole.Link, new() { Name = "Remittance Advice" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Remittance Advice: EFT {trace}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = claimNumber })).ToContainTextAsync("CO-45: $28.00");
        await TestBrowser.ScreenshotAsync(page, "24-remittance-advice");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);

        Assert.StartsWith("Payment,Method,Paid On,Payee NPI,Claim Number", csv);
        Assert.Contains($"{trace},EFT,2026-11-20,{DemoSeed.AnaheimPediatrician.Npi},{claimNumber}", csv);
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        Assert.Equal($"remittance-{trace}.pdf", pdf.SuggestedFilename);
        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(await pdf.PathAsync(), TestContext.Current.CancellationToken));
    }
}
