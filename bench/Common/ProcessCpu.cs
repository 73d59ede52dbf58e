namespace Platform.Bench;

/// <summary>A group of processes, found by a part of their command line (every PostgreSQL backend, say).</summary>
public sealed record CpuGroup(string Name, string CommandContains);

/// <summary>
/// CPU time spent by groups of processes, read from /proc (Linux): with two readings around a run, what each part
/// of the platform spent per request. The load generator counts too, as this process's reaped children (wrk).
/// </summary>
public sealed class ProcessCpu(IReadOnlyList<CpuGroup> groups)
{
    public const string LoadGenerator = "wrk";

    // USER_HZ: the unit of /proc/*/stat times, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public IReadOnlyList<string> Names { get; } = [.. groups.Select(g => g.Name), LoadGenerator];

    /// <summary>Seconds of CPU each group has used so far.</summary>
    public Dictionary<string, double> Read()
    {
        var seconds = Names.ToDictionary(name => name, _ => 0.0);
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out _) || Stat(process) is not { } stat)
            {
                continue;
            }

            if (groups.FirstOrDefault(g => stat.Command.Contains(g.CommandContains, StringComparison.Ordinal)) is { } group)
            {
                seconds[group.Name] += Ticks(stat.Fields, 11) + Ticks(stat.Fields, 12);
            }
        }

        var self = Stat("/proc/self")!.Value.Fields;
        seconds[LoadGenerator] = Ticks(self, 13) + Ticks(self, 14);
        return seconds;
    }

    /// <summary>CPU microseconds per request of each group between two readings.</summary>
    public Dictionary<string, double> PerRequest(Dictionary<string, double> before, Dictionary<string, double> after, double requests) =>
        Names.ToDictionary(name => name, name => (after[name] - before[name]) * 1_000_000 / requests);

    /// <summary>The fields after the command name (state first: utime is [11], stime [12], children's [13] and [14]).</summary>
    private static (string Command, string[] Fields)? Stat(string process)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(process, "stat"));
            return (File.ReadAllText(Path.Combine(process, "cmdline")), stat[(stat.LastIndexOf(')') + 2)..].Split(' '));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended between the listing and the read.
            return null;
        }
    }

    private static double Ticks(string[] fields, int index) => long.Parse(fields[index]) / TicksPerSecond;
}
