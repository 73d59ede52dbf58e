using System.Net.Http.Json;
using Platform.Testing;

namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class ReferralsTests(PortalFixture portal)
{
    private const string TertiaryWarning = "You have selected a tertiary provider.";
    private const string TertiaryQuestion = "Allow the member to be redirected? If not, please explain the need for a tertiary care provider below.";

    [Fact]
    public async Task REF_06_07_a_tertiary_provider_is_warned_of_dropped_on_select_new_provider_and_kept_on_continue_only_with_a_justification_then_pended()
    {
        var (cin, tertiary) = (await portal.HarborMemberAsync(), await portal.SpecialistAsync(tertiary: true));
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Referrals", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referral Lookup" })).ToBeVisibleAsync();
        await ReferralWizard.MemberAsync(page, cin);

        // REF-06: the warning with its explanation and tooltip, and two ways on; "Select new provider" drops the provider.
        await ReferralWizard.SelectProviderAsync(page, tertiary);
        var warning = page.GetByRole(AriaRole.Region, new() { Name = TertiaryWarning });
        await Expect(warning).ToContainTextAsync("Request for tertiary care may require additional review.");
        await Expect(warning.Locator("summary")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^Tertiary care is highly specialized care"));
        await TestBrowser.ScreenshotAsync(page, "40-referral-tertiary-warning");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Select new provider" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = TertiaryWarning })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Find the provider by name or NPI")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true })).ToHaveCountAsync(0);

        // REF-07: Continue keeps it, with the question answered No and a justification needed before Next.
        await ReferralWizard.SelectProviderAsync(page, tertiary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Group, new() { Name = TertiaryQuestion });
        await Expect(question.GetByLabel("No")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Need for a tertiary care provider")).ToHaveAttributeAsync("placeholder",
            "Explain the need for tertiary care provider here - (e.g. Member requires testing or treatment that is otherwise not available in the community).");
        await ReferralWizard.NextAsync(page);
        await Expect(page.Locator(".field", new() { Has = page.GetByLabel("Need for a tertiary care provider") }))
            .ToContainTextAsync("Explain the need for a tertiary care provider, or allow the member to be redirected.");
        await TestBrowser.ScreenshotAsync(page, "41-referral-tertiary-justification-required");
        await page.GetByLabel("Need for a tertiary care provider").FillAsync("Member needs a procedure that no community neurologist performs.");
        await ReferralWizard.NextAsync(page);

        await ReferralWizard.ServicesAsync(page, "70551", 1);
        await ReferralWizard.SubmitAsync(page);
        var number = await ReferralWizard.SubmittedNumberAsync(page);
        await Expect(ReferralWizard.Status(page, number)).ToHaveAttributeAsync("data-referral-status", "Pended");
        await Expect(page.GetByText("Decision due")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "REF-07" })).ToContainTextAsync("Pended");
        await TestBrowser.ScreenshotAsync(page, "42-referral-tertiary-pended");
    }

    [Fact]
    public async Task REF_08_a_tertiary_No_turned_Yes_clears_the_provider_and_the_new_one_is_confirmed_with_Ok_to_redirect_if_needed()
    {
        var (cin, tertiary, community) = (await portal.HarborMemberAsync(), await portal.SpecialistAsync(tertiary: true), await portal.SpecialistAsync(tertiary: false));
        var page = await portal.NewPageAsync(phone: true);
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        await ReferralWizard.MemberAsync(page, cin);
        await ReferralWizard.SelectProviderAsync(page, tertiary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByRole(AriaRole.Group, new() { Name = TertiaryQuestion }).GetByLabel("Yes").CheckAsync();
        await ReferralWizard.NextAsync(page);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("the tertiary provider was cleared. Select a different provider.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Selected provider" })).ToHaveCountAsync(0);

        await ReferralWizard.SelectProviderAsync(page, community);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ok to redirect if needed");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Allow the member to be redirected?", Exact = true }).GetByLabel("Yes")).ToBeCheckedAsync();
        await TestBrowser.ScreenshotAsync(page, "43-referral-redirect-confirmed-phone");
        await ReferralWizard.NextAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task REF_09_12_a_routine_MRI_to_a_community_specialist_is_approved_at_submission_once_however_often_sent_and_appears_live_on_the_open_lookup()
    {
        var (cin, community) = (await portal.HarborMemberAsync(), await portal.SpecialistAsync(tertiary: false));
        var page = await portal.NewPageAsync();
        await PortalPages.SignInAsync(page, DemoSeed.ProviderUser.Email);
        // The office's Referral Lookup open in another tab; a mark that a reload would wipe out.
        var lookup = await page.Context.NewPageAsync();
        await lookup.GotoAsync("/referrals");
        await LiveMarks.MarkAsync(lookup);
        await ReferralWizard.MemberAsync(page, cin);
        await ReferralWizard.SelectProviderAsync(page, community);

        // REF-09: not tertiary, so the member may be redirected (Yes) with nothing to explain.
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Allow the member to be redirected?", Exact = true }).GetByLabel("Yes")).ToBeCheckedAsync();
        await ReferralWizard.NextAsync(page);
        await ReferralWizard.ServicesAsync(page, "70551", 1);
        var form = await FormFieldsAsync(page);
        await ReferralWizard.SubmitAsync(page);

        var number = await ReferralWizard.SubmittedNumberAsync(page);
        await Expect(ReferralWizard.Status(page, number)).ToHaveTextAsync("Approved");
        var trace = page.GetByRole(AriaRole.Table, new() { Name = "Rule trace" });
        foreach (var rule in new[] { "ELG-02", "REF-02", "REF-03", "REF-04", "REF-05", "REF-09", "REF-10", "REF-12" })
        {
            await Expect(trace.GetByRole(AriaRole.Row).Filter(new() { HasText = rule }).First).ToContainTextAsync("Passed");
        }

        await Expect(trace).ToContainTextAsync("A routine request that passes every rule: approved at submission.");
        await TestBrowser.ScreenshotAsync(page, "44-referral-approved-at-submission");
        // REF-13 pushed, not polled: the approval is on the open lookup without a reload.
        await Expect(ReferralWizard.Status(lookup, number)).ToHaveTextAsync("Approved");
        await LiveMarks.AssertNotReloadedAsync(lookup);
        await TestBrowser.ScreenshotAsync(lookup, "48-referral-lookup-live");

        // A resend of the same form (a double click) carries the same idempotency key: the same referral, no second one.
        var resent = await page.Context.APIRequest.PostAsync("/referrals/new", new() { Form = form });
        Assert.Contains(number, await resent.TextAsync());
        await page.GotoAsync($"/referrals?cin={cin}&status=Approved");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = number })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task REF_01_12_13_a_pended_request_takes_the_submitters_PDF_and_approved_by_a_plan_reviewer_shows_Approved_on_the_submitters_open_page_without_a_reload()
    {
        var (cin, community) = (await portal.HarborMemberAsync(), await portal.SpecialistAsync(tertiary: false));
        var office = await portal.NewPageAsync();
        await PortalPages.SignInAsync(office, DemoSeed.ProviderUser.Email);
        await ReferralWizard.MemberAsync(office, cin);
        await ReferralWizard.SelectProviderAsync(office, community);
        await ReferralWizard.NextAsync(office);
        // Two MRIs are more than REF-12 approves at submission: a reviewer decides.
        await ReferralWizard.ServicesAsync(office, "70551", 2);
        await ReferralWizard.SubmitAsync(office);
        var number = await ReferralWizard.SubmittedNumberAsync(office);
        await Expect(ReferralWizard.Status(office, number)).ToHaveTextAsync("Pended");

        await office.GotoAsync("/referrals");
        await Expect(ReferralWizard.Status(office, number)).ToHaveTextAsync("Pended");
        await TestBrowser.ScreenshotAsync(office, "45-referral-lookup");
        await office.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Expect(office.GetByRole(AriaRole.Button, new() { Name = "Cancel referral" })).ToBeVisibleAsync();
        await Expect(office.GetByRole(AriaRole.Button, new() { Name = "Add information" })).ToBeVisibleAsync();

        // REF-01, by DSP-05's rules: while pended, the submitter attaches a PDF; it is listed, and the history notes it.
        var pdf = SampleFiles.Pdf();
        await office.GetByLabel("Choose File").SetInputFilesAsync(new FilePayload { Name = "knee-mri-report.pdf", MimeType = "application/pdf", Buffer = pdf });
        await office.GetByRole(AriaRole.Button, new() { Name = "Upload files" }).ClickAsync();
        var attachments = office.Locator("#attachments");
        await Expect(attachments.GetByRole(AriaRole.Status)).ToContainTextAsync("Success! Your file(s) loaded successfully.");
        var file = attachments.GetByRole(AriaRole.Link, new() { Name = "knee-mri-report.pdf" });
        await Expect(file).ToBeVisibleAsync();
        await Expect(attachments).ToContainTextAsync("1 of 5 attached so far.");
        await Expect(office.Locator("#history-title + table")).ToContainTextAsync("1 file attached");
        await TestBrowser.ScreenshotAsync(office, "50-referral-attachments");
        var download = await office.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.Equal(pdf, await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken));
        await LiveMarks.MarkAsync(office);

        var staff = await portal.NewPageAsync();
        await PortalPages.SignInAsync(staff, DemoSeed.PlanStaff.Email);
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Portal" }).GetByRole(AriaRole.Link, new() { Name = "Referral Queue" }).ClickAsync();
        var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("On time");
        await TestBrowser.ScreenshotAsync(staff, "46-referral-queue");
        await row.GetByRole(AriaRole.Link, new() { Name = $"Open {number}" }).ClickAsync();
        // The reviewer sees the submitter's file, and no upload form of their own.
        await Expect(staff.Locator("#attachments").GetByRole(AriaRole.Link, new() { Name = "knee-mri-report.pdf" })).ToBeVisibleAsync();
        await Expect(staff.GetByLabel("Choose File")).ToHaveCountAsync(0);
        await staff.GetByRole(AriaRole.Group, new() { Name = "Decision" }).GetByLabel("Approve").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"Referral {number}: approved.");
        await Expect(ReferralWizard.Status(staff, number)).ToHaveTextAsync("Approved");

        // REF-13 pushed, not polled: the submitter's open page shows the decision without a reload.
        await Expect(ReferralWizard.Status(office, number)).ToHaveAttributeAsync("data-referral-status", "Approved");
        await LiveMarks.AssertNotReloadedAsync(office);
        await Expect(office.Locator("#lines-title + table")).ToContainTextAsync("2");
        await Expect(office.GetByRole(AriaRole.Button, new() { Name = "Cancel referral" })).ToHaveCountAsync(0);
        await Expect(office.GetByLabel("Choose File")).ToHaveCountAsync(0);
        await TestBrowser.ScreenshotAsync(office, "47-referral-approved-by-reviewer");
    }

    [Fact]
    public async Task REF_13_a_dropped_live_connection_reconnects_and_the_page_catches_up_on_the_decision_it_missed()
    {
        // Two MRIs: pended for a reviewer (REF-12).
        var number = await portal.SubmittedReferralAsync(quantity: 2);
        var office = await portal.NewPageAsync();
        await PortalPages.SignInAsync(office, DemoSeed.ProviderUser.Email);
        // The hub's connections pass through the test: the first one's pushes can be held back, and it can be dropped.
        var (holdBack, connections) = (false, new List<IWebSocketRoute>());
        await office.RouteWebSocketAsync("**/live/referrals", socket =>
        {
            var hub = socket.ConnectToServer();
            if (connections.Count == 0)
            {
                hub.OnMessage(frame =>
                {
                    if (!holdBack)
                    {
                        socket.Send(frame.Text!);
                    }
                });
            }

            connections.Add(socket);
        });
        await office.GotoAsync($"/referrals/{number}");
        await Expect(ReferralWizard.Status(office, number)).ToHaveTextAsync("Pended");
        await LiveMarks.MarkAsync(office);

        // The decision's push never reaches the page; then the connection drops.
        holdBack = true;
        using (var staff = await portal.SignedInAsync(DemoSeed.PlanStaff.Email))
        {
            (await staff.PostAsJsonAsync($"/api/referral/v1/referrals/{number}/decision", new { decision = "Approve" }, TestContext.Current.CancellationToken))
                .EnsureSuccessStatusCode();
        }

        await connections[0].CloseAsync();

        // It reconnects and reads the page again: the decision it missed is shown, without a reload.
        await Expect(ReferralWizard.Status(office, number)).ToHaveAttributeAsync("data-referral-status", "Approved", new() { Timeout = 15_000 });
        await LiveMarks.AssertNotReloadedAsync(office);
        Assert.Equal(2, connections.Count);
    }

    /// <summary>The wizard's fields as the browser would post them: its hidden key, the draft and the antiforgery token included.</summary>
    private static async Task<IFormData> FormFieldsAsync(IPage page)
    {
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var field in await page.Locator("form:has(button:text('Submit referral')) [name]:not(button)").AllAsync())
        {
            if (await field.GetAttributeAsync("type") == "radio" && !await field.IsCheckedAsync())
            {
                continue;
            }

            form.Set((await field.GetAttributeAsync("name"))!, await field.InputValueAsync());
        }

        form.Set("Input.Action", "submit");
        return form;
    }
}
