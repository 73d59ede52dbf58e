using Platform.Bench;
using Platform.EligibilityBench;

// Issue 4: eligibility lookups by CIN through the gateway, signed in and audited as in production, against the
// population loaded at --members; beside a bare Kestrel "hello" measured directly and through the same gateway.
// Maximum throughput with wrk; latency at a steady --rate with an open-loop generator.
var settings = BenchSettings.Parse(args);
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
await using var platform = await BenchPlatform.StartAsync(repo, settings.Members);
var cins = await platform.SampleCinsAsync(settings.Sample);
var lookups = cins.Select(cin => $"/api/eligibility/v1/members?id={cin}").ToList();

// Each target: its address, the paths it is asked for, and whether it needs the user's token.
var targets = new (string Name, Uri Server, IReadOnlyList<string> Paths, bool SignedIn)[]
{
    ("hello, direct", platform.Hello, ["/api/v1/hello"], false),
    ("hello, through the gateway", platform.Gateway, ["/api/hello/v1/hello"], true),
    ("eligibility lookup, through the gateway", platform.Gateway, lookups, true),
    // Not a target of the issue: shows what the gateway adds to a lookup.
    ("eligibility lookup, direct", platform.Eligibility, [.. cins.Select(cin => $"/api/v1/members?id={cin}")], true),
};

Console.WriteLine($"Eligibility lookups (issue 4): {settings}; {Environment.ProcessorCount} cores; logs in {platform.Logs}");
Console.WriteLine();
Console.WriteLine($"| target | max req/s ({settings.Connections} connections) | wrk p50 ms | wrk p99 ms | at {settings.Rate}/s: p50 ms | p99 ms | p99.9 ms | max ms | failed |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
var maxima = new Dictionary<string, double>();
var steady = new Dictionary<string, RateResult>();
for (var round = 0; round < settings.Rounds; round++)
{
    foreach (var target in targets)
    {
        // Tokens live five minutes: a fresh one for each target's runs.
        var token = target.SignedIn ? await platform.SignInAsync() : null;
        var script = Wrk.RandomPaths("", "paths[math.random(#paths)]", [.. token is null ? [] : new[] { Wrk.Bearer(token) }, Wrk.LuaList("paths", target.Paths)]);
        await Wrk.RunAsync(target.Server, script, settings.Connections, settings.WarmupSeconds);
        var maximum = await Wrk.RunAsync(target.Server, script, settings.Connections, settings.Seconds);
        var rate = await FixedRateLoad.RunAsync(target.Server, target.Paths, token, settings.Rate, settings.RateSeconds);
        maxima[target.Name] = maximum.RequestsPerSecond;
        steady[target.Name] = rate;
        Console.WriteLine($"| {target.Name} | {maximum.RequestsPerSecond:F0} | {maximum.P50Ms:F2} | {maximum.P99Ms:F2} | " +
            $"{rate.P50Ms:F2} | {rate.P99Ms:F2} | {rate.P999Ms:F2} | {rate.MaxMs:F1} | {rate.Failures} |");
        if (rate.ScheduleLagP99Ms > 2)
        {
            Console.WriteLine($"  (the generator fell behind its schedule: p99 lag {rate.ScheduleLagP99Ms:F1} ms, {rate.AchievedPerSecond:F0}/s achieved)");
        }
    }
}

var lookup = targets[2].Name;
Console.WriteLine();
Console.WriteLine($"Throughput: lookup / gateway hello = {maxima[lookup] / maxima[targets[1].Name]:F2} (target >= 0.5); " +
    $"gateway hello / direct hello = {maxima[targets[1].Name] / maxima[targets[0].Name]:F2}");
Console.WriteLine($"Latency at {settings.Rate}/s: lookup p99 {steady[lookup].P99Ms:F2} ms (target <= 10 ms), p50 {steady[lookup].P50Ms:F2} ms");
