using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Npgsql;
using Platform.Bench;

// Issue 17, RPT-02/03: the plan-wide PDC workbook (GET /api/reporting/v1/pdc/workbook as plan staff, through the
// gateway) over --members synthetic members' pharmacy fills (seed-pharmacy: the member and directory copies and the
// fills), --runs times. Targets: wall time ≤ 10 s, the reporting service's peak memory (VmHWM) ≤ 300 MB. Baselines of
// the same run: the gateway's hello, and a plain SELECT of every fill of the year read by this process.
var arguments = new BenchArguments(args);
var (members, runs) = (arguments.Number("members", 100_000), arguments.Number("runs", 3));
const double TargetSeconds = 10, TargetMb = 300;
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
await using var platform = await BenchPlatform.StartAsync(repo, new MeasuredService("reporting", "src/Services/Reporting", "Reporting", async database =>
{
    if (await database.CountAsync("members") != members || await database.CountAsync("pharmacy_fills") <= 0)
    {
        await database.RecreateAsync();
        await database.RunAsync("seed-pharmacy", $"{members}");
        await database.CheckpointAsync();
    }
}));
using var client = new HttpClient { BaseAddress = platform.Gateway, Timeout = TimeSpan.FromMinutes(5) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.SignInAsync());

var fills = await platform.Database.CountAsync("pharmacy_fills");
Console.WriteLine($"PDC workbook (issue 17, RPT-03): {members:N0} members, {fills:N0} fills; {Environment.ProcessorCount} cores; logs in {platform.Logs}");
Console.WriteLine();
var hello = await TimeAsync(() => DownloadAsync("/api/hello/v1/hello"), 20);
var select = await TimeAsync(SelectFillsAsync, 1);
// JIT, pools and caches warm, as for any request after the first.
await DownloadAsync("/api/reporting/v1/pdc/health-networks/KAISER/workbook");
var rssBefore = RssSampler.ReadMb(platform.ServiceProcess.Id, "VmRSS");

Console.WriteLine("| run | seconds | workbook MB | service RSS peak MB | × SELECT of the fills |");
Console.WriteLine("|---|---:|---:|---:|---:|");
var seconds = new List<double>();
for (var run = 1; run <= runs; run++)
{
    var sampler = new RssSampler(platform.ServiceProcess.Id);
    var stopwatch = Stopwatch.StartNew();
    var bytes = await DownloadAsync("/api/reporting/v1/pdc/workbook");
    seconds.Add(stopwatch.Elapsed.TotalSeconds);
    var rssPeak = await sampler.StopAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {run} | {seconds[^1]:F2} | {bytes / 1024.0 / 1024:F1} | {rssPeak:F0} | {seconds[^1] / select:F1} |"));
}

var peak = RssSampler.ReadMb(platform.ServiceProcess.Id, "VmHWM");
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Baselines: gateway hello {hello * 1000:F1} ms; SELECT of every fill {select:F2} s; service RSS before the runs {rssBefore:F0} MB."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Workbook: median {Latencies.Percentile(seconds, 50):F2} s, slowest {seconds.Max():F2} s ({(seconds.Max() <= TargetSeconds ? "within" : "OVER")} the {TargetSeconds} s target); " +
    $"median / SELECT {Latencies.Percentile(seconds, 50) / select:F1}, median / hello {Latencies.Percentile(seconds, 50) / hello:F0}."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Service peak memory (VmHWM) {peak:F0} MB ({(peak <= TargetMb ? "within" : "OVER")} the {TargetMb} MB target)."));

// The response read to its end and dropped, as a browser saving it would not hold it either.
async Task<long> DownloadAsync(string path)
{
    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    await using var body = await response.Content.ReadAsStreamAsync();
    var buffer = new byte[81920];
    long total = 0;
    for (int read; (read = await body.ReadAsync(buffer)) > 0;)
    {
        total += read;
    }

    return total;
}

async Task SelectFillsAsync()
{
    await using var connection = new NpgsqlConnection(platform.Database.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("""SELECT * FROM pharmacy_fills WHERE "FilledOn" >= date_trunc('year', current_date) ORDER BY "Cin" COLLATE "C", "FilledOn" """, connection);
    await using var reader = await command.ExecuteReaderAsync();
    var values = new object[reader.FieldCount];
    while (await reader.ReadAsync())
    {
        reader.GetValues(values);
    }
}

// The mean seconds of a call, over that many calls.
static async Task<double> TimeAsync(Func<Task> call, int times)
{
    var stopwatch = Stopwatch.StartNew();
    for (var i = 0; i < times; i++)
    {
        await call();
    }

    return stopwatch.Elapsed.TotalSeconds / times;
}
