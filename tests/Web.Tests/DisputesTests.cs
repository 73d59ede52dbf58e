using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed partial class DisputesTests(PortalFixture portal)
{
    [Fact]
    public async Task DSP_01_02_an_office_files_a_dispute_of_its_finalized_claim_from_the_claim_detail_and_a_resent_form_makes_no_second_dispute()
    {
        var (claimNumber, cin) = await FinalizedClaimAsync();
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        await portal.DisputableAsync(claimNumber);
        await page.GotoAsync($"/claims/{claimNumber}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dispute Claim" }).ClickAsync();

        // DSP-02: the provider and claim details are the claim's own, read-only.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provider Dispute Resolution Request" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Provider Details" })).ToContainTextAsync(DemoSeed.AnaheimPediatrician.Npi);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Provider Details" })).ToContainTextAsync(DemoSeed.AnaheimPediatrician.Name);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Claim Details" })).ToContainTextAsync(cin);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Dispute Details" })).ToContainTextAsync("$250.00 / $200.00");
        await page.GetByLabel("Dispute type").SelectOptionAsync("Processing");
        await page.GetByLabel("Dispute Description").FillAsync("Line 1 was paid below the contracted rate.");
        await page.GetByLabel("Expected Outcome").FillAsync("Pay the contracted rate for 99213.");
        await page.GetByLabel("Name *").FillAsync("Dana User");
        await page.GetByLabel("Email *").FillAsync(DemoSeed.ProviderUser.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to attachment" }).ClickAsync();

        // The phone is required: the service's answer is shown beside the field it names, and nothing is filed.
        await Expect(Field(page, "Phone *")).ToContainTextAsync("The contact's phone is required");
        await Expect(page.GetByLabel("Dispute Description")).ToHaveValueAsync("Line 1 was paid below the contracted rate.");
        await TestBrowser.ScreenshotAsync(page, "30-dispute-form-error");
        await page.GetByLabel("Phone *").FillAsync("(714) 555-0100");
        var form = await FormFieldsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to attachment" }).ClickAsync();

        // DSP-05/06 [R14]: received, with its deadlines; files come next.
        var received = page.GetByRole(AriaRole.Status);
        await Expect(received).ToContainTextAsync("received");
        var disputeNumber = DisputeNumber().Match(await received.InnerTextAsync()).Value;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Continue to attachment" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Upload up to 5 files. Max file size 25MB.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Choose File")).ToHaveAttributeAsync("multiple", "");
        await TestBrowser.ScreenshotAsync(page, "31-dispute-attachment-step");

        // A resend of the same form (a double click, a browser retry) carries the same idempotency key: the same dispute.
        var resent = await page.Context.APIRequest.PostAsync($"/claims/{claimNumber}/dispute", new() { Form = form });
        Assert.Contains(disputeNumber, await resent.TextAsync());
        await page.GotoAsync($"/disputes?claimNumber={claimNumber}");
        await Expect(page.GetByText("1 result", new() { Exact = true })).ToBeVisibleAsync();

        // DSP-01: the claim now has an open dispute, so no Dispute Claim.
        await page.GotoAsync($"/claims/{claimNumber}");
        await Expect(page.GetByText($"Dispute {disputeNumber} is open on this claim")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dispute Claim" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DSP_08_the_lookup_finds_a_dispute_by_claim_number_and_by_dispute_number_and_its_tabs_show_its_details_and_the_acknowledgment_letter()
    {
        var (claimNumber, _) = await FinalizedClaimAsync();
        var disputeNumber = await portal.FiledDisputeAsync(claimNumber);
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);

        await page.GotoAsync("/claims");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dispute Lookup" }).ClickAsync();
        await page.GetByLabel("Claim #").FillAsync(claimNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find Disputes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = disputeNumber })).ToContainTextAsync(claimNumber);
        await TestBrowser.ScreenshotAsync(page, "32-dispute-lookup");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dispute #" }).ClickAsync();
        await page.GetByLabel("Dispute #").FillAsync(disputeNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find Disputes" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = disputeNumber, Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Dispute #: {disputeNumber}" })).ToBeVisibleAsync();
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Dispute", Exact = true });
        foreach (var tab in new[] { "Dispute Details", "Attachments", "Correspondence" })
        {
            await Expect(tabs.GetByRole(AriaRole.Link, new() { Name = tab })).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#details")).ToContainTextAsync("Line 1 was paid below the contracted rate.");
        await Expect(page.Locator("#details")).ToContainTextAsync("Decide by");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Withdraw dispute" })).ToBeVisibleAsync();
        // DSP-06: the acknowledgment is written by a consumer moments after submission.
        var acknowledgment = page.Locator("#correspondence").GetByRole(AriaRole.Heading, new() { Name = $"Acknowledgment: Provider dispute {disputeNumber} acknowledged" });
        await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            return await acknowledgment.CountAsync() == 1;
        }, TimeSpan.FromSeconds(60));
        await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("Acknowledged");
        await TestBrowser.ScreenshotAsync(page, "33-dispute-details");
    }

    [Fact]
    public async Task DSP_05_an_office_uploads_a_PDF_from_the_browser_to_its_open_dispute_and_a_file_of_no_accepted_type_is_refused_beside_the_file_input()
    {
        var (claimNumber, _) = await FinalizedClaimAsync();
        var disputeNumber = await portal.FiledDisputeAsync(claimNumber);
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await page.GotoAsync($"/disputes/{disputeNumber}");

        // Checked by content, not by name: an executable called .pdf is refused, and nothing is kept.
        await page.GetByLabel("Choose File").SetInputFilesAsync(new FilePayload { Name = "itemized-bill.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Exe });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        await Expect(Field(page, "Choose File")).ToContainTextAsync("The file's content is of no accepted type");
        await Expect(page.Locator("#attachments")).ToContainTextAsync("No files are attached.");

        var pdf = SampleFiles.Pdf();
        await page.GetByLabel("Choose File").SetInputFilesAsync(new FilePayload { Name = "Dispute Form Review.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Success! Your file(s) loaded successfully.");
        var file = page.Locator("#attachments").GetByRole(AriaRole.Link, new() { Name = "Dispute Form Review.pdf" });
        await Expect(file).ToBeVisibleAsync();
        await Expect(page.Locator("#attachments")).ToContainTextAsync("1 of 5 attached so far.");
        await TestBrowser.ScreenshotAsync(page, "37-dispute-attachments");
        var download = await page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.Equal(pdf, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DSP_10_plan_staff_take_a_dispute_into_review_from_the_workbench_request_information_and_resolve_it_as_overturned()
    {
        var (claimNumber, _) = await FinalizedClaimAsync();
        var disputeNumber = await portal.FiledDisputeAsync(claimNumber);
        await portal.AcknowledgedAsync(disputeNumber);
        var staff = await portal.NewPageAsync();
        await PortalPages.SignInAsync(staff, DemoSeed.PlanStaff.Email);

        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Dispute Workbench" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Dispute Workbench" })).ToBeVisibleAsync();
        // DSP-07: filed today, it is decided in 45 working days: on time, said in words.
        var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = disputeNumber });
        await Expect(row).ToContainTextAsync("On time");
        await TestBrowser.ScreenshotAsync(staff, "34-dispute-workbench");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Take into review {disputeNumber}" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Dispute {disputeNumber} is in review");
        await Expect(staff.GetByRole(AriaRole.Row).Filter(new() { HasText = disputeNumber })).ToContainTextAsync("You");

        await staff.GetByRole(AriaRole.Link, new() { Name = disputeNumber, Exact = true }).ClickAsync();
        await staff.GetByLabel("Kind").SelectOptionAsync("InformationRequest");
        await staff.GetByLabel("Subject").FillAsync("Itemized bill needed");
        await staff.GetByLabel("Letter", new() { Exact = true }).FillAsync("Please send the itemized bill for the date of service.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Sent");
        await Expect(staff.Locator("#correspondence")).ToContainTextAsync("Information request: Itemized bill needed");

        // An overturn states what the claim pays now: without it, the answer is beside the amount's field.
        await staff.GetByLabel("Outcome").SelectOptionAsync("Overturned");
        await staff.GetByLabel("Rationale (the provider receives it)").FillAsync("The contracted rate for 99213 is $240.00.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Resolve dispute" }).ClickAsync();
        await Expect(Field(staff, "Payable amount now (an overturn only)")).ToContainTextAsync("An overturn states what the claim pays now.");
        await staff.GetByLabel("Payable amount now (an overturn only)").FillAsync("240.00");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Resolve dispute" }).ClickAsync();

        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Dispute {disputeNumber} is resolved: Overturned.");
        await Expect(staff.Locator("h1 .badge")).ToHaveTextAsync("Resolved");
        await Expect(staff.Locator("#details")).ToContainTextAsync("$240.00");
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Resolve dispute" })).ToHaveCountAsync(0);
        await TestBrowser.ScreenshotAsync(staff, "35-dispute-resolved");
    }

    [Fact]
    public async Task ACC_02_an_office_user_sees_no_dispute_workbench_and_is_refused_its_page()
    {
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        Assert.Contains("Disputes", PortalPages.NavigationLinks(page));
        Assert.DoesNotContain("Dispute Workbench", PortalPages.NavigationLinks(page));

        await page.GotoAsync("/disputes/workbench");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page" })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "36-dispute-workbench-refused");
    }

    /// <summary>A claim of the demo office's Anaheim pediatrician, finalized at $200.00 of $250.00 billed.</summary>
    private Task<(string ClaimNumber, string Cin)> FinalizedClaimAsync() => portal.RecordedClaimAsync(
        (number, member) => TestClaims.Claim(number, member, DemoSeed.AnaheimPediatrician.Npi, 250.00m, "2026-11-02"), TestClaims.Finalization(250.00m, 200.00m));

    /// <summary>The form field the label names, with the messages shown beside it.</summary>
    private static ILocator Field(IPage page, string label) => page.Locator(".field", new() { Has = page.GetByLabel(label, new() { Exact = true }) });

    /// <summary>The dispute form's fields as the browser would post them: its hidden key and antiforgery token included.</summary>
    private static async Task<IFormData> FormFieldsAsync(IPage page)
    {
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var field in await page.Locator("form:has(button:text('Continue to attachment')) [name]").AllAsync())
        {
            if (await field.GetAttributeAsync("type") == "checkbox" && !await field.IsCheckedAsync())
            {
                continue;
            }

            form.Set((await field.GetAttributeAsync("name"))!, await field.InputValueAsync());
        }

        return form;
    }

    [GeneratedRegex("PDR[0-9]{9}")]
    private static partial Regex DisputeNumber();
}
