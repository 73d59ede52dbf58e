using Platform.Bench;

namespace Platform.ClaimsBench;

/// <summary>
/// Command line: --lines 10000000 --members 1000000 --sample 20000 --seconds 15 --warmup 5 --connections 64 --rate 500
/// --rate-seconds 30 --rounds 1. wrk draws from --sample members (and as many claims); the steady run asks each of
/// its requests of a member or claim not asked before, so neither PostgreSQL's buffers nor any cache has it warm.
/// </summary>
public sealed record BenchSettings(int Lines, int Members, int Sample, int Rate, LoadTiming Timing)
{
    public static BenchSettings Parse(string[] args)
    {
        var arguments = new BenchArguments(args);
        return new BenchSettings(
            arguments.Number("lines", 10_000_000), arguments.Number("members", 1_000_000), arguments.Number("sample", 20_000), arguments.Number("rate", 500),
            new LoadTiming(arguments.Number("connections", 64), arguments.Number("warmup", 5), arguments.Number("seconds", 15),
                arguments.Number("rate-seconds", 30), arguments.Number("rounds", 1)));
    }

    public override string ToString() =>
        $"--lines {Lines} --members {Members} --sample {Sample} --seconds {Timing.Seconds} --warmup {Timing.WarmupSeconds} " +
        $"--connections {Timing.Connections} --rate {Rate} --rate-seconds {Timing.RateSeconds} --rounds {Timing.Rounds}";
}
