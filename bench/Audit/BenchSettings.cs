using Platform.Bench;

namespace Platform.AuditBench;

/// <summary>Command line: --connections 1,32 --seconds 10 --warmup 3 --rounds 2 --members 100000.</summary>
public sealed record BenchSettings(IReadOnlyList<int> Connections, int Seconds, int WarmupSeconds, int Rounds, int Members)
{
    public static BenchSettings Parse(string[] args)
    {
        var arguments = new BenchArguments(args);
        return new BenchSettings(
            arguments.Numbers("connections", "1,32"),
            arguments.Number("seconds", 10),
            arguments.Number("warmup", 3),
            arguments.Number("rounds", 2),
            arguments.Number("members", 100_000));
    }

    public override string ToString() =>
        $"--connections {string.Join(',', Connections)} --seconds {Seconds} --warmup {WarmupSeconds} --rounds {Rounds} --members {Members}";
}
