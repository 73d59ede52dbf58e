using Platform.Bench;
using Platform.EligibilityBench;

// Issue 4: eligibility lookups by CIN through the gateway, signed in and audited as in production, against the
// population loaded at --members; beside a bare Kestrel "hello" measured directly and through the same gateway.
// Maximum throughput with wrk; latency at a steady --rate with an open-loop generator. Lookups run twice: "hot",
// over --sample members asked again and again (the cache answers), and "cold", where nearly every lookup is of a
// member not asked for before (the database answers, then the cache is filled).
var settings = BenchSettings.Parse(args);
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
await using var platform = await BenchPlatform.StartAsync(repo, new MeasuredService("eligibility", "src/Services/Eligibility", "Eligibility", async database =>
{
    if (await database.CountAsync("members") != settings.Members)
    {
        await database.RecreateAsync();
        await database.RunAsync("seed-population", $"{settings.Members}");
        await database.CheckpointAsync();
    }
}));
var steadyCount = settings.ColdRate * settings.RateSeconds;
var coldPool = Math.Min(200_000, settings.Members / 3);
var cins = await platform.Database.ListAsync($"""SELECT "Cin" FROM members ORDER BY random() LIMIT {settings.Sample + coldPool + steadyCount}""");
var hot = cins.Take(settings.Sample).ToList();
var cold = cins.Skip(settings.Sample).Take(coldPool).ToList();
var coldSteady = cins.Skip(settings.Sample + coldPool).ToList();
List<string> Lookups(IEnumerable<string> ids, string prefix = "/api/eligibility/v1/members?id=") => [.. ids.Select(id => prefix + id)];

BenchTarget[] targets =
[
    .. TargetRuns.Hello(platform, settings.Rate),
    new("lookup hot, through the gateway", platform.Gateway, Lookups(hot), Lookups(hot), settings.Rate, SignedIn: true),
    new("lookup cold, through the gateway", platform.Gateway, Lookups(cold), Lookups(coldSteady), settings.ColdRate, SignedIn: true),
    // Not a target of the issue: what the gateway adds to a lookup.
    new("lookup hot, direct", platform.Service, Lookups(hot, "/api/v1/members?id="), Lookups(hot, "/api/v1/members?id="), settings.Rate, SignedIn: true),
];

// Hot means cached: every hot member is looked up once, one after another, before anything is measured.
var warming = await FixedRateLoad.RunAsync(platform.Gateway, Lookups(hot), await platform.SignInAsync(), 1000, Math.Max(1, hot.Count / 1000));
Console.WriteLine($"Eligibility lookups (issue 4): {settings}; {Environment.ProcessorCount} cores; logs in {platform.Logs}");
Console.WriteLine($"Warm-up: {hot.Count} hot members looked up once each through the gateway at 1000/s, p50 {warming.P50Ms:F2} ms, {warming.Failures} failed");
Console.WriteLine();
var results = await TargetRuns.RunAsync(platform, targets,
    new LoadTiming(settings.Connections, settings.WarmupSeconds, settings.Seconds, settings.RateSeconds, settings.Rounds));

var gatewayHello = results[targets[1].Name].Maximum.RequestsPerSecond;
Console.WriteLine($"Gateway hello / direct hello: {gatewayHello / results[targets[0].Name].Maximum.RequestsPerSecond:F2}");
foreach (var lookup in targets.Skip(2).Take(2))
{
    var (maximum, steady) = results[lookup.Name];
    Console.WriteLine($"{lookup.Name}: throughput / gateway hello {maximum.RequestsPerSecond / gatewayHello:F2} (target >= 0.5); " +
        $"at {lookup.Rate}/s p50 {steady.P50Ms:F2} ms, p99 {steady.P99Ms:F2} ms (target <= 10 ms at 2000/s)");
}
