using Platform.Bench;
using Platform.EligibilityBench;

// Issue 4: eligibility lookups by CIN through the gateway, signed in and audited as in production, against the
// population loaded at --members; beside a bare Kestrel "hello" measured directly and through the same gateway.
// Maximum throughput with wrk; latency at a steady --rate with an open-loop generator. Lookups run twice: "hot",
// over --sample members asked again and again (the cache answers), and "cold", where nearly every lookup is of a
// member not asked for before (the database answers, then the cache is filled).
var settings = BenchSettings.Parse(args);
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
await using var platform = await BenchPlatform.StartAsync(repo, settings.Members);
var steadyCount = settings.ColdRate * settings.RateSeconds;
var coldPool = Math.Min(200_000, settings.Members / 3);
var cins = await platform.SampleCinsAsync(settings.Sample + coldPool + steadyCount);
var hot = cins.Take(settings.Sample).ToList();
var cold = cins.Skip(settings.Sample).Take(coldPool).ToList();
var coldSteady = cins.Skip(settings.Sample + coldPool).ToList();
string Lookups(IEnumerable<string> ids, string prefix = "/api/eligibility/v1/members?id=") => string.Join('\n', ids.Select(id => prefix + id));

// Each target: its address, the paths wrk draws from, the paths and rate of the steady run, and whether it needs the user's token.
var targets = new (string Name, Uri Server, string WrkPaths, string SteadyPaths, int Rate, bool SignedIn)[]
{
    ("hello, direct", platform.Hello, "/api/v1/hello", "/api/v1/hello", settings.Rate, false),
    ("hello, through the gateway", platform.Gateway, "/api/hello/v1/hello", "/api/hello/v1/hello", settings.Rate, true),
    ("lookup hot, through the gateway", platform.Gateway, Lookups(hot), Lookups(hot), settings.Rate, true),
    ("lookup cold, through the gateway", platform.Gateway, Lookups(cold), Lookups(coldSteady), settings.ColdRate, true),
    // Not a target of the issue: what the gateway adds to a lookup.
    ("lookup hot, direct", platform.Eligibility, Lookups(hot, "/api/v1/members?id="), Lookups(hot, "/api/v1/members?id="), settings.Rate, true),
};

// Hot means cached: every hot member is looked up once, one after another, before anything is measured.
var warming = await FixedRateLoad.RunAsync(platform.Gateway, Lookups(hot).Split('\n'), await platform.SignInAsync(), 1000, Math.Max(1, hot.Count / 1000));
Console.WriteLine($"Eligibility lookups (issue 4): {settings}; {Environment.ProcessorCount} cores; logs in {platform.Logs}");
Console.WriteLine($"Warm-up: {hot.Count} hot members looked up once each through the gateway at 1000/s, p50 {warming.P50Ms:F2} ms, {warming.Failures} failed");
Console.WriteLine();
Console.WriteLine($"| target | max req/s ({settings.Connections} connections) | wrk p50 ms | wrk p99 ms | steady req/s | p50 ms | p99 ms | p99.9 ms | max ms | failed |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
var maxima = new Dictionary<string, double>();
// Where each maximum-throughput run's CPU went, per request: the platform's processes, the servers and wrk.
var cpu = new ProcessCpu([
    new("gateway", "Gateway.dll"), new("eligibility", "Eligibility.dll"), new("identity", "Identity.dll"), new("hello", "HelloBench.dll"),
    new("postgres", "postgres"), new("redis", "redis-server"), new("rabbitmq", "beam.smp")]);
var cpuPerRequest = new Dictionary<string, Dictionary<string, double>>();
var steady = new Dictionary<string, RateResult>();
for (var round = 0; round < settings.Rounds; round++)
{
    foreach (var target in targets)
    {
        // Tokens live five minutes: a fresh one for each target's runs.
        var token = target.SignedIn ? await platform.SignInAsync() : null;
        var pathFile = Path.Combine(platform.Logs, "paths.txt");
        await File.WriteAllTextAsync(pathFile, target.WrkPaths);
        var script = Wrk.RandomPaths("", "paths[math.random(#paths)]", [.. token is null ? [] : new[] { Wrk.Bearer(token) }, Wrk.LuaList("paths", pathFile)]);
        await Wrk.RunAsync(target.Server, script, settings.Connections, settings.WarmupSeconds);
        var before = cpu.Read();
        var maximum = await Wrk.RunAsync(target.Server, script, settings.Connections, settings.Seconds);
        cpuPerRequest[target.Name] = cpu.PerRequest(before, cpu.Read(), maximum.RequestsPerSecond * settings.Seconds);
        var rate = await FixedRateLoad.RunAsync(target.Server, target.SteadyPaths.Split('\n'), token, target.Rate, settings.RateSeconds);
        maxima[target.Name] = maximum.RequestsPerSecond;
        steady[target.Name] = rate;
        Console.WriteLine($"| {target.Name} | {maximum.RequestsPerSecond:F0} | {maximum.P50Ms:F2} | {maximum.P99Ms:F2} | {target.Rate} | " +
            $"{rate.P50Ms:F2} | {rate.P99Ms:F2} | {rate.P999Ms:F2} | {rate.MaxMs:F1} | {rate.Failures} |");
        if (rate.ScheduleLagP99Ms > 2)
        {
            Console.WriteLine($"  (the generator fell behind its schedule: p99 lag {rate.ScheduleLagP99Ms:F1} ms, {rate.AchievedPerSecond:F0}/s achieved)");
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

var gatewayHello = maxima[targets[1].Name];
Console.WriteLine();
Console.WriteLine($"Gateway hello / direct hello: {gatewayHello / maxima[targets[0].Name]:F2}");
foreach (var lookup in targets.Skip(2).Take(2))
{
    Console.WriteLine($"{lookup.Name}: throughput / gateway hello {maxima[lookup.Name] / gatewayHello:F2} (target >= 0.5); " +
        $"at {lookup.Rate}/s p50 {steady[lookup.Name].P50Ms:F2} ms, p99 {steady[lookup.Name].P99Ms:F2} ms (target <= 10 ms at 2000/s)");
}
