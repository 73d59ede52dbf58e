using System.Globalization;

namespace Platform.EligibilityBench;

/// <summary>
/// Command line: --members 1000000 --sample 20000 --seconds 15 --warmup 5 --connections 64 --rate 2000 --cold-rate 1000
/// --rate-seconds 30 --rounds 1. Hot lookups draw from --sample members spread over the population, asked again and
/// again; cold ones, each of a member not asked before, run steadily at --cold-rate (the database's pace, not the cache's).
/// </summary>
public sealed record BenchSettings(
    int Members, int Sample, int Seconds, int WarmupSeconds, int Connections, int Rate, int ColdRate, int RateSeconds, int Rounds)
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
            Number("members", 1_000_000), Number("sample", 20_000), Number("seconds", 15), Number("warmup", 5), Number("connections", 64),
            Number("rate", 2000), Number("cold-rate", 1000), Number("rate-seconds", 30), Number("rounds", 1));
    }

    public override string ToString() =>
        $"--members {Members} --sample {Sample} --seconds {Seconds} --warmup {WarmupSeconds} --connections {Connections} --rate {Rate} --cold-rate {ColdRate} --rate-seconds {RateSeconds} --rounds {Rounds}";
}
