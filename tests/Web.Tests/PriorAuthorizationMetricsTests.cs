using System.Text.RegularExpressions;

namespace Platform.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed partial class PriorAuthorizationMetricsTests(PortalFixture portal)
{
    [Fact]
    public async Task REF_13_anyone_reads_a_quarters_prior_authorization_metrics_from_the_footer_without_signing_in()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/signin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Prior Authorization Metrics" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Prior authorization metrics" })).ToBeVisibleAsync();
        await page.GetByLabel("Quarter").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        // The current quarter, through the gateway's one route open without a token; no appeal process, so no invented figure.
        await Expect(page).ToHaveURLAsync(QuarterInAddress());
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Standard (routine) requests" })).ToContainTextAsync("Not applicable");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Expedited (urgent) requests" })).ToContainTextAsync("Median decision time");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Services that need prior authorization" })).ToContainTextAsync("Advanced imaging");
        await Expect(page.GetByText("Not applicable: the portal has no appeal process for prior-authorization decisions yet")).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "49-prior-authorization-metrics");
        var violations = new List<string>();
        await AccessibilityTests.CheckAsync(page, violations);
        Assert.Empty(violations);
    }

    [GeneratedRegex(@"/prior-authorization-metrics\?quarter=\d{4}-Q[1-4]$")]
    private static partial Regex QuarterInAddress();
}
