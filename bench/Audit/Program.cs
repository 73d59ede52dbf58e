using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Platform.AuditBench;
using Platform.Bench;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

// ACC-05's cost on a read-heavy endpoint: the same primary-key read served by two routes of one process, one
// audited (RecordReadAsync: durable before the answer, group commit) and one not, loaded alternately with wrk.
var settings = BenchSettings.Parse(args);
var server = Environment.GetEnvironmentVariable("ConnectionStrings__postgres")
    ?? throw new InvalidOperationException("Set ConnectionStrings__postgres (bench/audit.sh does, from eng/infra.sh env).");
await using var database = await BenchDatabase.CreateAsync(server, settings.Members);

var builder = WebApplication.CreateBuilder();
// Per-request log lines would be measured too; warnings still show a failing flush.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Configuration["ConnectionStrings:benchdb"] = database.ConnectionString;
builder.AddServiceDatabase<BenchDbContext>("benchdb");
// The services get their clock from AddServiceDefaults, which this bench leaves out.
builder.Services.AddSingleton(TimeProvider.System);
builder.AddAuditTrail<BenchDbContext>();

var app = builder.Build();
app.MapGet("/members/{id:int}", async (int id, BenchDbContext db, CancellationToken ct) =>
    await FindAsync(id, db, ct) is { } member ? Results.Ok(member) : Results.NotFound());
app.MapGet("/audited/members/{id:int}", async (int id, BenchDbContext db, IAuditTrail audit, CancellationToken ct) =>
{
    if (await FindAsync(id, db, ct) is not { } member)
    {
        return Results.NotFound();
    }

    await audit.RecordReadAsync(nameof(Member), member.Cin, [member.Cin], ct: ct);
    return Results.Ok(member);
});
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

Console.WriteLine($"Audit trail cost (ACC-05): {settings}; {Environment.ProcessorCount} cores; PostgreSQL database {database.Name}");
Console.WriteLine();
Console.WriteLine("| connections | route | req/s | p50 ms | p99 ms |");
Console.WriteLine("|---:|---|---:|---:|---:|");
var summaries = new List<string>();
foreach (var connections in settings.Connections)
{
    var routes = new[] { (Name: "plain", Prefix: "/members/"), (Name: "audited", Prefix: "/audited/members/") };
    foreach (var route in routes)
    {
        await Wrk.RunAsync(address, Script(route.Prefix), connections, settings.WarmupSeconds);
    }

    // Alternating rounds, so drift on a shared machine (other load, autovacuum) touches both routes alike.
    var results = routes.ToDictionary(route => route.Name, _ => new List<LoadResult>());
    for (var round = 0; round < settings.Rounds; round++)
    {
        foreach (var route in routes)
        {
            results[route.Name].Add(await Wrk.RunAsync(address, Script(route.Prefix), connections, settings.Seconds));
        }
    }

    var mean = results.ToDictionary(r => r.Key, r => new LoadResult(
        r.Value.Average(x => x.RequestsPerSecond), r.Value.Average(x => x.P50Ms), r.Value.Average(x => x.P99Ms)));
    foreach (var (route, result) in mean)
    {
        Console.WriteLine($"| {connections} | {route} | {result.RequestsPerSecond:F0} | {result.P50Ms:F2} | {result.P99Ms:F2} |");
    }

    var (plain, audited) = (mean["plain"], mean["audited"]);
    summaries.Add($"{connections} connections: audited/plain throughput {audited.RequestsPerSecond / plain.RequestsPerSecond:F2}, " +
        $"p50 {audited.P50Ms / plain.P50Ms:F2}, p99 {audited.P99Ms / plain.P99Ms:F2}");
}

await app.StopAsync();
var (entries, rows) = await database.AuditStatsAsync();
Console.WriteLine();
summaries.ForEach(Console.WriteLine);
Console.WriteLine($"{entries} audit entries in {rows} commits ({(rows == 0 ? 0 : (double)entries / rows):F1} entries per commit)");

string Script(string prefix) => Wrk.RandomPaths(prefix, $"math.random(1, {settings.Members})");

static Task<Member?> FindAsync(int id, BenchDbContext db, CancellationToken ct) =>
    db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
