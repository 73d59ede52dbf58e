namespace Platform.Bench;

/// <summary>
/// One thing measured: where it is, the paths wrk draws from at random, the paths and rate of the steady run (each
/// asked once when there are enough), and whether it needs the plan-staff user's token.
/// </summary>
public sealed record BenchTarget(string Name, Uri Server, IReadOnlyList<string> WrkPaths, IReadOnlyList<string> SteadyPaths, int Rate, bool SignedIn);

/// <summary>How long and how hard: wrk's --connections, its warm-up and measured seconds, the steady run's seconds, rounds.</summary>
public sealed record LoadTiming(int Connections, int WarmupSeconds, int Seconds, int RateSeconds, int Rounds);

public sealed record TargetResult(LoadResult Maximum, RateResult Steady);

/// <summary>
/// Each target's maximum throughput (wrk, closed loop) and its latency at a steady rate (open loop), printed as a
/// Markdown table, then where the CPU went per request during the wrk runs: the platform's processes, the servers, wrk.
/// </summary>
public static class TargetRuns
{
    public static async Task<IReadOnlyDictionary<string, TargetResult>> RunAsync(BenchPlatform platform, IReadOnlyList<BenchTarget> targets, LoadTiming timing)
    {
        Console.WriteLine($"| target | max req/s ({timing.Connections} connections) | wrk p50 ms | wrk p99 ms | steady req/s | p50 ms | p99 ms | p99.9 ms | max ms | failed |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var cpu = new ProcessCpu([
            new("gateway", "Gateway.dll"), new(platform.Measured.Name, $"{platform.Measured.Assembly}.dll"), new("identity", "Identity.dll"),
            new("hello", "HelloBench.dll"), new("postgres", "postgres"), new("redis", "redis-server"), new("rabbitmq", "beam.smp")]);
        var cpuPerRequest = new Dictionary<string, Dictionary<string, double>>();
        var results = new Dictionary<string, TargetResult>();
        var pathFile = Path.Combine(platform.Logs, "paths.txt");
        for (var round = 0; round < timing.Rounds; round++)
        {
            foreach (var target in targets)
            {
                // Tokens live five minutes: a fresh one for each target's runs.
                var token = target.SignedIn ? await platform.SignInAsync() : null;
                await File.WriteAllLinesAsync(pathFile, target.WrkPaths);
                var script = Wrk.RandomPaths("", "paths[math.random(#paths)]", [.. token is null ? [] : new[] { Wrk.Bearer(token) }, Wrk.LuaList("paths", pathFile)]);
                await Wrk.RunAsync(target.Server, script, timing.Connections, timing.WarmupSeconds);
                var before = cpu.Read();
                var maximum = await Wrk.RunAsync(target.Server, script, timing.Connections, timing.Seconds);
                cpuPerRequest[target.Name] = cpu.PerRequest(before, cpu.Read(), maximum.RequestsPerSecond * timing.Seconds);
                var steady = await FixedRateLoad.RunAsync(target.Server, target.SteadyPaths, token, target.Rate, timing.RateSeconds);
                results[target.Name] = new TargetResult(maximum, steady);
                Console.WriteLine($"| {target.Name} | {maximum.RequestsPerSecond:F0} | {maximum.P50Ms:F2} | {maximum.P99Ms:F2} | {target.Rate} | " +
                    $"{steady.P50Ms:F2} | {steady.P99Ms:F2} | {steady.P999Ms:F2} | {steady.MaxMs:F1} | {steady.Failures} |");
                if (steady.ScheduleLagP99Ms > 2)
                {
                    Console.WriteLine($"  (the generator fell behind its schedule: p99 lag {steady.ScheduleLagP99Ms:F1} ms, {steady.AchievedPerSecond:F0}/s achieved)");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"CPU per request during the wrk runs, µs ({Environment.ProcessorCount} cores give {Environment.ProcessorCount * 1_000_000:N0} µs a second):");
        Console.WriteLine();
        Console.WriteLine($"| target | {string.Join(" | ", cpu.Names)} | total |");
        Console.WriteLine($"|---|{string.Concat(cpu.Names.Select(_ => "---:|"))}---:|");
        foreach (var (name, spent) in cpuPerRequest)
        {
            Console.WriteLine($"| {name} | {string.Join(" | ", cpu.Names.Select(n => $"{spent[n]:F0}"))} | {spent.Values.Sum():F0} |");
        }

        Console.WriteLine();
        return results;
    }

    /// <summary>The two hello baselines every bench measures first: direct, and through the gateway signed in.</summary>
    public static IEnumerable<BenchTarget> Hello(BenchPlatform platform, int rate) =>
    [
        new("hello, direct", platform.Hello, ["/api/v1/hello"], ["/api/v1/hello"], rate, SignedIn: false),
        new("hello, through the gateway", platform.Gateway, ["/api/hello/v1/hello"], ["/api/hello/v1/hello"], rate, SignedIn: true),
    ];
}
