using Deque.AxeCore.Playwright;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>Every field labelled, enough contrast, landmarks and names: axe-core's WCAG 2.1 A/AA rules on each page.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    [Fact]
    public async Task The_main_pages_break_no_WCAG_A_or_AA_rule()
    {
        var cin = await portal.AnyCinAsync();
        var (claimNumber, claimsMember) = await portal.RecordedClaimAsync(
            (number, member) => TestClaims.Claim(number, member, DemoSeed.AnaheimPediatrician.Npi), TestClaims.Finalization(250.00m, 200.00m));
        var (paymentId, _) = await portal.PaidAsync(DemoSeed.AnaheimPediatrician.Npi, claimNumber);
        // DSP-01/02/08: one claim to dispute on the form, one disputed for the dispute's page.
        var (disputable, _) = await portal.RecordedClaimAsync(
            (number, member) => TestClaims.Claim(number, member, DemoSeed.AnaheimPediatrician.Npi), TestClaims.Finalization(250.00m, 200.00m));
        var (disputed, _) = await portal.RecordedClaimAsync(
            (number, member) => TestClaims.Claim(number, member, DemoSeed.AnaheimPediatrician.Npi), TestClaims.Finalization(250.00m, 200.00m));
        var disputeNumber = await portal.FiledDisputeAsync(disputed);
        await portal.DisputableAsync(disputable);
        // REF-13: a pended referral (two MRIs), for its page with the submitter's steps and the reviewer's.
        var referralNumber = await portal.SubmittedReferralAsync(quantity: 2);
        var page = await portal.NewPageAsync();
        var violations = new List<string>();
        await page.GotoAsync("/signin");
        await CheckAsync(page, violations);

        await PortalPages.SignInAsync(page, DemoSeed.HarborLoa.Email);
        foreach (var path in new[] { "/", $"/members?id=12", "/reference/health-networks", "/reference/access-standards", "/admin/users", "/admin/providers", "/not-found",
            $"/claims/{disputable}/dispute", "/disputes", $"/disputes?claimNumber={disputed}", "/disputes?by=number", $"/disputes/{disputeNumber}",
            "/referrals", "/referrals/new", $"/referrals/{referralNumber}",
            // RST-02/03: the roster's search, a provider's roster with its removal asked to confirm, and Add To My Roster.
            "/roster", $"/roster/{DemoSeed.AnaheimPediatrician.Npi}", $"/roster/{DemoSeed.AnaheimPediatrician.Npi}?remove={Guid.Empty}",
            $"/roster/add?memberId={await portal.HarborMemberAsync()}",
            "/reports/attestations", $"/reports/attestations?kind=annual&tin={DemoSeed.HarborTin}",
            $"/reports/attestations/providers/{DemoSeed.IrvinePediatrician.Npi}",
            // RPT-02: the Report Type, the PDC report's two views, and a filter refused.
            "/reports", "/reports/pdc", "/reports/pdc/providers", "/reports/pdc/providers?tin=12" })
        {
            await page.GotoAsync(path);
            await CheckAsync(page, violations);
        }

        // RPT-05: the attestation form, reached by selecting a provider, and a training material's page.
        await page.GotoAsync($"/reports/attestations?kind=initial&npi={DemoSeed.IrvinePediatrician.Npi}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Attest for {DemoSeed.IrvinePediatrician.Name}" }).ClickAsync();
        await CheckAsync(page, violations);
        await page.GetByRole(AriaRole.Link, new() { Name = "DEI Training", Exact = true }).ClickAsync();
        await CheckAsync(page, violations);

        var staff = await portal.NewPageAsync();
        await PortalPages.SignInAsync(staff, DemoSeed.PlanStaff.Email);
        foreach (var path in new[] { $"/members?id={cin}", $"/members/{cin}", $"/members/{cin}/pcp-change", $"/claims?cin={claimsMember}", "/claims?by=claim", $"/claims/{claimNumber}", "/claims/reconciliation", $"/claims/reconciliation/{paymentId}",
            "/disputes/workbench", $"/disputes/{disputeNumber}", "/referrals/queue", $"/referrals/{referralNumber}", "/reports/pdc", "/reports/pdc/providers" })
        {
            await staff.GotoAsync(path);
            await CheckAsync(staff, violations);
        }

        // REF-06…09: the wizard's later steps, reached only by its posts: the tertiary warning, the question, the services.
        var office = await portal.NewPageAsync();
        await PortalPages.SignInAsync(office, DemoSeed.ProviderUser.Email);
        await ReferralWizard.MemberAsync(office, await portal.HarborMemberAsync());
        await ReferralWizard.SelectProviderAsync(office, await portal.SpecialistAsync(tertiary: true));
        await CheckAsync(office, violations);
        await office.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ReferralWizard.NextAsync(office);
        await CheckAsync(office, violations);
        await office.GetByLabel("Need for a tertiary care provider").FillAsync("Not available in the community.");
        await ReferralWizard.NextAsync(office);
        await ReferralWizard.ServicesAsync(office, "70551", 1);
        await CheckAsync(office, violations);
        await ReferralWizard.SubmitAsync(office);
        await CheckAsync(office, violations);

        Assert.Empty(violations);
    }

    internal static async Task CheckAsync(IPage page, List<string> violations)
    {
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        var results = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        violations.AddRange(results.Violations.Select(v =>
            $"{new Uri(page.Url).PathAndQuery}: {v.Id} ({v.Impact}) {v.Help}: {string.Join("; ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
    }
}
