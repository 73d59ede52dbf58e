using Platform.Bench;
using Platform.ClaimsBench;

// Issue 14: claims lookup by CIN (CLM-01) and claim detail (CLM-02) through the gateway, signed in as plan staff and
// audited as in production, over --lines synthetic service lines (seed-claims) billed for a --members population;
// beside a bare Kestrel "hello" measured directly and through the same gateway. Maximum throughput with wrk over
// --sample members and claims; latency at a steady --rate where every request is of a member or claim not asked before.
var settings = BenchSettings.Parse(args);
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
await using var platform = await BenchPlatform.StartAsync(repo, new MeasuredService("claims", "src/Services/Claims", "Claims", async database =>
{
    if (await database.CountAsync("claim_lines") != settings.Lines)
    {
        await database.RecreateAsync();
        await database.RunAsync("seed-claims", $"{settings.Lines}", $"{settings.Members}");
        await database.CheckpointAsync();
    }
}));
var steadyCount = settings.Rate * settings.Timing.RateSeconds;
var wanted = settings.Sample + steadyCount;
var cins = await platform.Database.ListAsync($"""SELECT "Cin" FROM (SELECT DISTINCT "Cin" FROM claims) c ORDER BY random() LIMIT {wanted}""");
var claimNumbers = await platform.Database.ListAsync($"""SELECT "ClaimNumber" FROM claims ORDER BY random() LIMIT {wanted}""");
List<string> Paths(string prefix, IEnumerable<string> ids) => [.. ids.Select(id => prefix + id)];
var lookups = Paths("/api/claims/v1/claims?cin=", cins);
var details = Paths("/api/claims/v1/claims/", claimNumbers);

BenchTarget[] targets =
[
    .. TargetRuns.Hello(platform, settings.Rate),
    new("lookup by CIN, through the gateway", platform.Gateway, lookups[..settings.Sample], lookups[settings.Sample..], settings.Rate, SignedIn: true),
    new("claim detail, through the gateway", platform.Gateway, details[..settings.Sample], details[settings.Sample..], settings.Rate, SignedIn: true),
    // Not a target of the issue: what the gateway adds to a lookup.
    new("lookup by CIN, direct", platform.Service, Paths("/api/v1/claims?cin=", cins[..settings.Sample]), Paths("/api/v1/claims?cin=", cins[settings.Sample..]), settings.Rate, SignedIn: true),
];

var lines = await platform.Database.CountAsync("claim_lines");
Console.WriteLine($"Claims lookup and detail (issue 14): {settings}; {await platform.Database.CountAsync("claims")} claims with {lines} lines; " +
    $"{Environment.ProcessorCount} cores; logs in {platform.Logs}");
Console.WriteLine();
var results = await TargetRuns.RunAsync(platform, targets, settings.Timing);

var gatewayHello = results[targets[1].Name].Maximum.RequestsPerSecond;
Console.WriteLine($"Gateway hello / direct hello: {gatewayHello / results[targets[0].Name].Maximum.RequestsPerSecond:F2}");
foreach (var target in targets.Skip(2))
{
    var (maximum, steady) = results[target.Name];
    Console.WriteLine($"{target.Name}: throughput / gateway hello {maximum.RequestsPerSecond / gatewayHello:F2}; " +
        $"at {target.Rate}/s p50 {steady.P50Ms:F2} ms, p99 {steady.P99Ms:F2} ms");
}
