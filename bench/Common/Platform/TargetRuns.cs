namespace Platform.Bench;

/// <summary>
/// One thing measured: where it is, the paths wrk draws from at random, the paths and rate of the steady run (each
/// asked once when there are enough), and whether it needs the plan-staff user's token.
/// </summary>
public sealed record BenchTarget(string Name, Uri Server, IReadOnlyList<string> WrkPaths, IReadOnlyList<string> SteadyPaths, int Rate, bool SignedIn)
{
    /// <summary>When set, the target POSTs these bodies to its (first) path instead of GETting its paths.</summary>
    public BenchBodies? Bodies { get; init; }

    /// <summary>When set, how a signed-in target's token is got instead of the plan-staff user's (a partner client's, say).</summary>
    public Func<Task<string>>? Token { get; init; }

    /// <summary>
    /// When set, wrk's connections for this target instead of the run's, and how long it waits for an answer: an
    /// endpoint that does much per request (a PAS submission) is measured at its own concurrency, not 64 queued callers.
    /// </summary>
    public (int Connections, int TimeoutSeconds)? Concurrency { get; init; }

    public IReadOnlyList<BenchRequest> SteadyRequests => Bodies is { } bodies
        ? [.. bodies.Steady.Select(body => new BenchRequest(SteadyPaths[0], body, bodies.ContentType))]
        : [.. SteadyPaths.Select(path => new BenchRequest(path))];
}

/// <summary>
/// The bodies a POST target sends, one a line: wrk draws from <see cref="Wrk"/>, with <see cref="Unique"/>, when given,
/// made unique in each request (see <see cref="Platform.Bench.Wrk.Posts"/>); the steady run sends each of
/// <see cref="Steady"/> once while there are enough (they are sent as they are: make them unique beforehand).
/// </summary>
public sealed record BenchBodies(string ContentType, IReadOnlyList<string> Wrk, IReadOnlyList<string> Steady, string? Unique = null);

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
            new("gateway", "Gateway.dll"), .. platform.Services.Select(service => new CpuGroup(service.Name, $"{service.Assembly}.dll")), new("identity", "Identity.dll"),
            new("hello", "HelloBench.dll"), new("postgres", "postgres"), new("redis", "redis-server"), new("rabbitmq", "beam.smp")]);
        var cpuPerRequest = new Dictionary<string, Dictionary<string, double>>();
        var results = new Dictionary<string, TargetResult>();
        var pathFile = Path.Combine(platform.Logs, "paths.txt");
        var bodyFile = Path.Combine(platform.Logs, "bodies.txt");
        for (var round = 0; round < timing.Rounds; round++)
        {
            foreach (var target in targets)
            {
                // Tokens live five minutes: a fresh one for each target's runs.
                var token = target.SignedIn ? await (target.Token ?? (() => platform.SignInAsync()))() : null;
                string[] bearer = token is null ? [] : [Wrk.Bearer(token)];
                await File.WriteAllLinesAsync(target.Bodies is null ? pathFile : bodyFile, target.Bodies?.Wrk ?? target.WrkPaths);
                // A script per wrk run: a POST script's unique values are made anew in each.
                string Script() => target.Bodies is { } bodies
                    ? Wrk.Posts(target.WrkPaths[0], bodies.ContentType, bodyFile, bodies.Unique, bearer)
                    : Wrk.RandomPaths("", "paths[math.random(#paths)]", [.. bearer, Wrk.LuaList("paths", pathFile)]);
                var (connections, timeout) = target.Concurrency is { } own ? (own.Connections, (int?)own.TimeoutSeconds) : (timing.Connections, null);
                await Wrk.RunAsync(target.Server, Script(), connections, timing.WarmupSeconds, timeout);
                var before = cpu.Read();
                var maximum = await Wrk.RunAsync(target.Server, Script(), connections, timing.Seconds, timeout);
                cpuPerRequest[target.Name] = cpu.PerRequest(before, cpu.Read(), maximum.RequestsPerSecond * timing.Seconds);
                var steady = await FixedRateLoad.RunAsync(target.Server, target.SteadyRequests, token, target.Rate, timing.RateSeconds);
                results[target.Name] = new TargetResult(maximum, steady);
                Console.WriteLine($"| {target.Name} | {maximum.RequestsPerSecond:F0} | {maximum.P50Ms:F2} | {maximum.P99Ms:F2} | {target.Rate} | " +
                    $"{steady.P50Ms:F2} | {steady.P99Ms:F2} | {steady.P999Ms:F2} | {steady.MaxMs:F1} | {steady.Failures} |");
                if (connections != timing.Connections)
                {
                    Console.WriteLine($"  (wrk with {connections} connections)");
                }

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
