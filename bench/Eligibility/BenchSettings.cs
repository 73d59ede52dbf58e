using Platform.Bench;

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
        var arguments = new BenchArguments(args);
        return new BenchSettings(
            arguments.Number("members", 1_000_000), arguments.Number("sample", 20_000), arguments.Number("seconds", 15),
            arguments.Number("warmup", 5), arguments.Number("connections", 64), arguments.Number("rate", 2000),
            arguments.Number("cold-rate", 1000), arguments.Number("rate-seconds", 30), arguments.Number("rounds", 1));
    }

    public override string ToString() =>
        $"--members {Members} --sample {Sample} --seconds {Seconds} --warmup {WarmupSeconds} --connections {Connections} --rate {Rate} --cold-rate {ColdRate} --rate-seconds {RateSeconds} --rounds {Rounds}";
}
