using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Bench;

// Issue 15, DSP-05: the dispute service's resident memory while it takes --files attachments of --megabytes each at
// once through the gateway: as many concurrent requests of one file each (to as many disputes), then one request of
// all of them (to one dispute). The service's and the gateway's VmRSS is sampled every 50 ms before and during each
// upload. Target: the service grows by at most 64 MB, as an upload streams each part into a large object.
var arguments = new BenchArguments(args);
var (megabytes, count) = (arguments.Number("megabytes", 25), arguments.Number("files", 5));
const long TargetGrowthMb = 64;
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
await using var platform = await BenchPlatform.StartAsync(repo, new MeasuredService("dispute", "src/Services/Dispute", "Dispute", database => database.RecreateAsync()));
using var client = new HttpClient { BaseAddress = platform.Gateway, Timeout = TimeSpan.FromMinutes(10) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.SignInAsync());

// A PDF's header, then padding: a file the service takes, of the size asked for.
var file = new byte[megabytes * 1024 * 1024];
Array.Fill(file, (byte)' ');
"%PDF-1.4\n"u8.CopyTo(file);
await UploadAsync(await DisputeAsync(), [file[..4096]]); // JIT and pools warm before anything is measured

Console.WriteLine($"Dispute attachments (issue 15, DSP-05): {count} files of {megabytes} MB, through the gateway; {Environment.ProcessorCount} cores; logs in {platform.Logs}");
Console.WriteLine();
Console.WriteLine("| upload | service RSS before MB | service peak MB | service growth MB | gateway growth MB | seconds | MB/s |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
var disputes = new List<string>();
for (var i = 0; i < count; i++)
{
    disputes.Add(await DisputeAsync());
}

var worst = await MeasureAsync($"{count} requests at once, one file each", () => Task.WhenAll(disputes.Select(d => UploadAsync(d, [file]))));
var one = await DisputeAsync();
worst = Math.Max(worst, await MeasureAsync($"one request of {count} files", () => UploadAsync(one, [.. Enumerable.Repeat(file, count)])));
Console.WriteLine();
Console.WriteLine($"Largest service growth {worst:F0} MB: {(worst <= TargetGrowthMb ? "within" : "OVER")} the {TargetGrowthMb} MB target.");

async Task<double> MeasureAsync(string name, Func<Task> upload)
{
    await Task.Delay(TimeSpan.FromSeconds(2)); // the last upload's buffers settle
    var (service, gateway) = (new RssSampler(platform.ServiceProcess.Id), new RssSampler(platform.GatewayProcess.Id));
    await Task.Delay(TimeSpan.FromSeconds(1));
    var (serviceBefore, gatewayBefore) = (service.Peak, gateway.Peak);
    var stopwatch = Stopwatch.StartNew();
    await upload();
    var seconds = stopwatch.Elapsed.TotalSeconds;
    var (servicePeak, gatewayPeak) = (await service.StopAsync(), await gateway.StopAsync());
    var growth = servicePeak - serviceBefore;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {serviceBefore:F0} | {servicePeak:F0} | {growth:F0} | {gatewayPeak - gatewayBefore:F0} | {seconds:F1} | {(double)count * megabytes / seconds:F0} |"));
    return growth;
}

async Task UploadAsync(string disputeNumber, byte[][] files)
{
    using var form = new MultipartFormDataContent();
    for (var i = 0; i < files.Length; i++)
    {
        form.Add(new ByteArrayContent(files[i]), "file", $"statement-{i + 1}.pdf");
    }

    using var response = await client.PostAsync($"/api/dispute/v1/disputes/{disputeNumber}/attachments", form);
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Upload to {disputeNumber}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

// A finalized claim in the service's copy (as ClaimFinalized leaves it), then its dispute, filed as the plan's staff.
async Task<string> DisputeAsync()
{
    var claimNumber = $"C{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
    await using (var connection = new NpgsqlConnection(platform.Database.ConnectionString))
    {
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO disputable_claims ("ClaimId", "ClaimNumber", "Cin", "BillingNpi", "ServiceFrom", "ServiceTo", "BilledAmount", "PayableAmount", "FinalizedAt", "LineOfBusiness")
            VALUES (gen_random_uuid(), @claimNumber, '12345678A', '1234567893', current_date - 30, current_date - 30, 120, 80, now() - interval '10 days', 'Medi-Cal')
            """, connection);
        insert.Parameters.AddWithValue("claimNumber", claimNumber);
        await insert.ExecuteNonQueryAsync();
    }

    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dispute/v1/disputes")
    {
        Content = JsonContent.Create(new
        {
            claimNumber, type = "Processing", description = "Paid below the contracted rate.", expectedOutcome = "Pay the contracted rate.",
            contact = new { name = "Ana Ortiz", email = "billing@office.example", phone = "7145550100" },
        }),
    };
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
    using var response = await client.SendAsync(request);
    return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disputeNumber").GetString()!;
}
