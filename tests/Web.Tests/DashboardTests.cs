using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>
/// The platform as eng/run.sh runs it — its own PostgreSQL, Redis and RabbitMQ from the machine's binaries — with the
/// Aspire dashboard, looked at in Chromium the way an SRE would: every resource up, and one finalized claim traced from
/// the gateway through the claims service and RabbitMQ to the dispute service's consumer.
/// </summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private static readonly string DataFolder = Path.Combine(InfraScript.RepoRoot, ".data", "dashboard-test");
    private readonly DashboardAddress dashboard = DashboardAddress.OnFreePorts();
    private TestPlatform platform = null!;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        // A fresh data folder: the servers are initialised as on a first run.
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }

        platform = await TestPlatform.StartWithDashboardAsync<Projects.AppHost>(nameof(DashboardTests), DataFolder, dashboard);
        playwright = await Playwright.CreateAsync();
        browser = await TestBrowser.LaunchAsync(playwright);
    }

    [Fact]
    public async Task The_dashboard_shows_every_resource_up_and_one_trace_from_the_gateway_to_the_dispute_consumer()
    {
        var traceId = await FinalizeClaimThroughTheGatewayAsync();
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        await page.GotoAsync(dashboard.Login.ToString());
        await OpenResourcesAsync(page);

        // Parameters (the identity key) have a list of their own.
        var resources = platform.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(resource => resource is not ParameterResource).Select(resource => resource.Name)
            .Where(name => !platform.App.ResourceNotifications.TryGetCurrentState(name, out var current) || !current.Snapshot.IsHidden)
            .ToList();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resources" })).ToBeVisibleAsync();
        foreach (var resource in resources)
        {
            await Expect(page.GetByText(resource, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        // Every resource Running (a migrate step Finished), none starting, waiting, failed or unhealthy.
        var grid = page.GetByRole(AriaRole.Region, new() { Name = "Resources" }).GetByRole(AriaRole.Table);
        foreach (var state in new[] { "Unhealthy", "Starting", "Waiting", "Failed", "Exited", "Not started" })
        {
            await Expect(grid).Not.ToContainTextAsync(state);
        }

        await TestBrowser.ScreenshotAsync(page, "dashboard-01-resources");

        // The request's trace, once the batch exporters have sent every part of it: its spans name the resources.
        await page.GotoAsync(new Uri(dashboard.Frontend, $"/traces/detail/{traceId}").ToString());
        foreach (var part in new[] { "gateway", "claims", "dispute", "ClaimFinalized" })
        {
            await Expect(page.Locator("body")).ToContainTextAsync(part, new() { Timeout = 60_000 });
        }

        await TestBrowser.ScreenshotAsync(page, "dashboard-02-trace");
        await page.GotoAsync(new Uri(dashboard.Frontend, "/traces").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Traces" })).ToBeVisibleAsync();
        await TestBrowser.ScreenshotAsync(page, "dashboard-03-traces");
    }

    /// <summary>
    /// The Resources page with its rows. Its Blazor circuit can fail while the login redirect still renders (the
    /// dashboard then shows "An unhandled error has occurred" and no rows); a person would reload, and so does this.
    /// </summary>
    private async Task OpenResourcesAsync(IPage page)
    {
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Resources" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "gateway" });
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync(dashboard.Frontend.ToString());
            try
            {
                await Expect(rows).ToHaveCountAsync(1, new() { Timeout = 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Records and finalizes a claim as plan staff; the trace id is the one the gateway reports for the finalization.</summary>
    private async Task<string> FinalizeClaimThroughTheGatewayAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await WaitForTheDemoAnnouncementAsync();
        using var gateway = platform.CreateHttpClient("gateway");
        using var signIn = await gateway.PostAsJsonAsync("/api/identity/v1/sessions", new { email = DemoSeed.PlanStaff.Email, password = DemoSeed.Password }, cancellation);
        signIn.EnsureSuccessStatusCode();
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>(cancellation)).GetProperty("accessToken").GetString();
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var claimNumber = TestData.ClaimNumber();
        var cin = TestData.Cin();
        (await TestClaims.EnrollAndRecordAsync(gateway, TestClaims.Claim(claimNumber, cin, DemoSeed.AnaheimPediatrician.Npi, 210.00m, "2026-11-02"), cin)).EnsureSuccessStatusCode();
        using var finalized = await gateway.PostAsJsonAsync($"/api/claims/v1/claims/{claimNumber}/adjudication", TestClaims.Finalization(210.00m, 160.00m), cancellation);
        finalized.EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () =>
        {
            using var response = await gateway.GetAsync($"/api/dispute/v1/disputable-claims/{claimNumber}");
            return response.StatusCode == HttpStatusCode.OK;
        });
        return finalized.Headers.GetValues("X-Correlation-Id").Single();
    }

    /// <summary>
    /// A first run announces the demo offices' claims (some 8,000 claims, each received, finalized and paid) as it
    /// starts; every consumer takes them in order, so a claim finalized before they are through waits behind them, and
    /// the telemetry of that catch-up can fill the services' span exporters, which then drop spans (a CI run lost this
    /// trace's consumer spans while interop was still catching up). The test's claim goes once claims' outbox is sent
    /// and every queue the announcement feeds is empty — the platform as an SRE finds it a minute or two after a first
    /// start.
    /// </summary>
    private async Task WaitForTheDemoAnnouncementAsync()
    {
        string[] announcementQueues = ["eligibility-claim-received", "dispute-claim-finalized", "interop-claim-finalized", "interop-claim-paid"];
        var claims = await platform.GetConnectionStringAsync("claimsdb");
        var broker = await platform.GetConnectionStringAsync("messaging");
        await Eventually.TrueAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(claims);
            await connection.OpenAsync();
            await using var unsent = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
            if ((long)(await unsent.ExecuteScalarAsync())! != 0)
            {
                return false;
            }

            foreach (var queue in announcementQueues)
            {
                if (await BrokerQueues.CountAsync(broker, queue) != 0)
                {
                    return false;
                }
            }

            return true;
        }, TimeSpan.FromMinutes(5));
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await platform.DisposeAsync();
    }
}
