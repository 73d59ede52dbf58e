namespace Platform.AppHost.Hosting;

/// <summary>A resource could not start; the message carries the last lines it wrote, which usually say why.</summary>
public sealed class ResourceFailedException(string resource, string reason, IReadOnlyList<string> lastLines)
    : Exception(Describe(resource, reason, lastLines))
{
    public string Resource => resource;

    public IReadOnlyList<string> LastLines => lastLines;

    private static string Describe(string resource, string reason, IReadOnlyList<string> lastLines) =>
        lastLines.Count == 0
            ? $"{resource} failed: {reason}."
            : string.Join(Environment.NewLine + "  ", lastLines.Prepend($"{resource} failed: {reason}. Its last lines:"));
}
