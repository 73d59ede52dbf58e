using System.Globalization;

namespace Platform.AuditBench;

/// <summary>Command line: --connections 1,32 --seconds 10 --warmup 3 --rounds 2 --members 100000.</summary>
public sealed record BenchSettings(IReadOnlyList<int> Connections, int Seconds, int WarmupSeconds, int Rounds, int Members)
{
    public static BenchSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        return new BenchSettings(
            [.. (values.GetValueOrDefault("connections") ?? "1,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            Number("seconds", 10),
            Number("warmup", 3),
            Number("rounds", 2),
            Number("members", 100_000));
    }

    public override string ToString() =>
        $"--connections {string.Join(',', Connections)} --seconds {Seconds} --warmup {WarmupSeconds} --rounds {Rounds} --members {Members}";
}
