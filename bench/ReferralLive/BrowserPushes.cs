using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace Platform.ReferralLiveBench;

/// <summary>
/// The portal's Referral Lookup open in Chromium as the office user, and when each referral was first on the page as
/// Approved (the live script, wwwroot/js/live-referrals.js, swaps the page in when a push says a referral changed).
/// </summary>
public sealed class BrowserPushes : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly ConcurrentDictionary<string, long> shown = new();

    private BrowserPushes(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    public IPage Page { get; private set; } = null!;

    public static async Task<BrowserPushes> OpenAsync(Uri portal, string email, string password)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("BROWSER_TESTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var pushes = new BrowserPushes(playwright, browser);
        var context = await browser.NewContextAsync(new() { BaseURL = portal.ToString() });
        // The first moment each referral shows Approved on the page, whichever push's reading put it there: a mutation
        // observer of the bench's own (Playwright injects it; the portal's pages have nothing of the kind) reports each
        // number once.
        await context.ExposeFunctionAsync("referralShown", (string number) => pushes.shown.TryAdd(number, Stopwatch.GetTimestamp()));
        await context.AddInitScriptAsync("""
            const reported = new Set();
            new MutationObserver(() => {
              for (const badge of document.querySelectorAll('[data-referral-number][data-referral-status="Approved"]')) {
                const number = badge.dataset.referralNumber;
                if (!reported.has(number)) { reported.add(number); window.referralShown(number); }
              }
            }).observe(document, { childList: true, subtree: true });
            """);
        pushes.Page = await context.NewPageAsync();
        await pushes.Page.GotoAsync("/signin");
        await pushes.Page.GetByLabel("Email").FillAsync(email);
        await pushes.Page.GetByLabel("Password").FillAsync(password);
        await pushes.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await pushes.Page.GotoAsync("/referrals");
        await pushes.Page.WaitForSelectorAsync("[data-live-referrals]", new() { State = WaitForSelectorState.Attached });
        return pushes;
    }

    /// <summary>When the number's change was on the page, if it was.</summary>
    public long? ShownAt(string number) => shown.TryGetValue(number, out var at) ? at : null;

    public async Task WaitForAsync(IEnumerable<string> numbers, TimeSpan timeout)
    {
        var end = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (numbers.Any(number => !shown.ContainsKey(number)) && Stopwatch.GetTimestamp() < end)
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
