namespace Platform.AppHost.Hosting;

/// <summary>
/// The AppHost's console: every line a child writes, prefixed with the resource it belongs to (coloured on a
/// terminal, so interleaved logs stay readable), and the last lines of each resource kept for a failure report.
/// </summary>
internal sealed class ResourceLog(TextWriter writer, int prefixWidth, bool colour)
{
    public const string AppHostSource = "apphost";
    private const int TailLength = 30;
    private static readonly string[] Colours = ["36", "32", "33", "35", "34", "96", "92", "93", "95", "94", "31"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Colour, Queue<string> Tail)> sources = [];

    public static string MigrateSource(string project) => $"{project}-migrate";

    public void Write(string source, string line)
    {
        lock (gate)
        {
            var (sourceColour, tail) = Source(source);
            tail.Enqueue(line);
            if (tail.Count > TailLength)
            {
                tail.Dequeue();
            }

            var prefix = source.PadRight(prefixWidth);
            writer.WriteLine(colour ? $"\e[{sourceColour}m{prefix} |\e[0m {line}" : $"{prefix} | {line}");
        }
    }

    public void Info(string message) => Write(AppHostSource, message);

    /// <summary>Writes text as it is, without a prefix (the resource table).</summary>
    public void WriteBlock(string text)
    {
        lock (gate)
        {
            writer.Write(text);
            writer.Flush();
        }
    }

    public IReadOnlyList<string> Tail(string source)
    {
        lock (gate)
        {
            return sources.TryGetValue(source, out var known) ? [.. known.Tail] : [];
        }
    }

    private (string Colour, Queue<string> Tail) Source(string name)
    {
        if (!sources.TryGetValue(name, out var source))
        {
            source = (Colours[sources.Count % Colours.Length], new Queue<string>());
            sources[name] = source;
        }

        return source;
    }
}
