namespace Platform.Web.Tests;

/// <summary>Debian's Chromium (or the one BROWSER_TESTS_CHROMIUM names) driven by Playwright; Playwright's own download is not used.</summary>
public static class TestBrowser
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("BROWSER_TESTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";

    /// <summary>Where the screenshots go: beside the test binaries, kept by CI with the test output.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Chromium,
        Headless = true,
        // Without the background-networking flags Chromium keeps calling out to hosts this machine cannot reach.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
}
