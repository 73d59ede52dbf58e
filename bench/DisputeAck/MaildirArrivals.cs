using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Platform.DisputeAckBench;

/// <summary>
/// When each message reached the SMTP sink's Maildir: aiosmtpd writes a message into tmp/ and renames it into new/,
/// which inotify reports at once. Messages are told apart by a token in their recipient's address.
/// </summary>
public sealed partial class MaildirArrivals : IDisposable
{
    private readonly ConcurrentQueue<(string Path, long At)> seen = new();
    private readonly FileSystemWatcher watcher;

    public MaildirArrivals(string maildir)
    {
        watcher = new FileSystemWatcher(Path.Combine(maildir, "new")) { NotifyFilter = NotifyFilters.FileName };
        watcher.Created += (_, e) => seen.Enqueue((e.FullPath, Stopwatch.GetTimestamp()));
        watcher.Renamed += (_, e) => seen.Enqueue((e.FullPath, Stopwatch.GetTimestamp()));
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>The arrival time of every message so far whose recipients carry a token of the run (bench-RUN-N@…), by N.</summary>
    public Dictionary<int, long> ByToken(string run)
    {
        var arrivals = new Dictionary<int, long>();
        foreach (var (path, at) in seen)
        {
            foreach (Match match in Token().Matches(File.ReadAllText(path)))
            {
                if (match.Groups["run"].Value == run)
                {
                    arrivals.TryAdd(int.Parse(match.Groups["n"].Value), at);
                }
            }
        }

        return arrivals;
    }

    public void Dispose() => watcher.Dispose();

    [GeneratedRegex(@"bench-(?<run>[0-9a-f]{8})-(?<n>\d+)@")]
    private static partial Regex Token();
}
