using Platform.Bench;

namespace Platform.PartnerApisBench;

/// <summary>
/// Command line: --members 100000 --sample 2000 --seconds 15 --warmup 5 --connections 64 --pas-connections 16 --x12-rate 200
/// --pas-rate 20 --rate-seconds 30 --rounds 1. wrk draws its requests from --sample members of the partner's network; the
/// steady runs (the 270 and the lookup at --x12-rate, the hellos too, $submit at --pas-rate) ask of members wrk did not,
/// while there are enough. A $submit does several calls and writes: wrk drives it with --pas-connections, waiting up to 30 s.
/// </summary>
public sealed record BenchSettings(int Members, int Sample, int X12Rate, int PasRate, int PasConnections, LoadTiming Timing)
{
    public static BenchSettings Parse(string[] args)
    {
        var arguments = new BenchArguments(args);
        return new BenchSettings(
            arguments.Number("members", 100_000), arguments.Number("sample", 2_000), arguments.Number("x12-rate", 200),
            arguments.Number("pas-rate", 20), arguments.Number("pas-connections", 16),
            new LoadTiming(arguments.Number("connections", 64), arguments.Number("warmup", 5), arguments.Number("seconds", 15),
                arguments.Number("rate-seconds", 30), arguments.Number("rounds", 1)));
    }

    public override string ToString() =>
        $"--members {Members} --sample {Sample} --seconds {Timing.Seconds} --warmup {Timing.WarmupSeconds} --connections {Timing.Connections} " +
        $"--pas-connections {PasConnections} --x12-rate {X12Rate} --pas-rate {PasRate} --rate-seconds {Timing.RateSeconds} --rounds {Timing.Rounds}";
}
