namespace Platform.Web.Tests;

/// <summary>
/// Proof that a page changed in place: a mark set on its window survives a live update (the page swapping its content)
/// but not a reload or a navigation.
/// </summary>
public static class LiveMarks
{
    public static async Task MarkAsync(IPage page)
    {
        // Joined the hub before anything changes: the script marks the document once the hub has taken its watch token.
        await page.Locator("html[data-live-referrals=joined]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("() => { window.liveMark = 'unchanged'; }");
    }

    public static async Task AssertNotReloadedAsync(IPage page) =>
        Assert.Equal("unchanged", await page.EvaluateAsync<string?>("() => window.liveMark ?? null"));
}
