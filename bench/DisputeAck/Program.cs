using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MimeKit;
using Npgsql;
using Platform.Bench;
using Platform.DisputeAckBench;

// Issue 15, DSP-06: from a provider's dispute submission through the gateway to the acknowledgment email in the SMTP
// sink — the submission, DisputeSubmitted, the acknowledgment, DisputeAcknowledged, the letter, its email — at a steady
// --rate for --disputes disputes, each of a claim of its own. Baseline, same run: one message sent straight to the sink
// with MailKit, measured the same way (send → file in the Maildir).
var arguments = new BenchArguments(args);
var (count, rate, baselineCount, warmup) = (arguments.Number("disputes", 200), arguments.Number("rate", 10), arguments.Number("baseline", 50), arguments.Number("warmup", 20));
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var maildir = Environment.GetEnvironmentVariable("PLATFORM_SMTP_MAILDIR") ?? throw new InvalidOperationException("Set PLATFORM_SMTP_MAILDIR (bench/dispute-ack.sh does).");
var run = Guid.NewGuid().ToString("N")[..8];
string Address(int n) => $"bench-{run}-{n}@office.example";
const int BaselineToken = 1_000_000;

await using var platform = await BenchPlatform.StartAsync(repo, new MeasuredService("dispute", "src/Services/Dispute", "Dispute", database => database.RecreateAsync()));
using var arrivals = new MaildirArrivals(maildir);
using var http = new HttpClient { BaseAddress = platform.Gateway };
var token = await platform.SignInAsync("user@harbor.example");
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var npi = await ProviderNpiAsync(http);
var claims = await FinalizedClaimsAsync(platform.Database.ConnectionString, npi, count + warmup);
Console.WriteLine($"Dispute acknowledgment email (issue 15, DSP-06): {count} disputes at {rate}/s through the gateway after {warmup} one at a time, baseline {baselineCount} direct SMTP sends; " +
    $"{Environment.ProcessorCount} cores; logs in {platform.Logs}");

// Baseline: the sink alone.
var relay = new Uri(Environment.GetEnvironmentVariable("ConnectionStrings__smtp")!);
var baselineStarts = new long[baselineCount];
for (var i = 0; i < baselineCount; i++)
{
    using var client = new SmtpClient();
    var message = new MimeMessage { Subject = "baseline", Body = new TextPart("plain") { Text = "baseline" } };
    message.From.Add(MailboxAddress.Parse("pdr@provider-portal.local"));
    message.To.Add(MailboxAddress.Parse(Address(BaselineToken + i)));
    baselineStarts[i] = Stopwatch.GetTimestamp();
    await client.ConnectAsync(relay.Host, relay.Port, MailKit.Security.SecureSocketOptions.None);
    await client.SendAsync(message);
    await client.DisconnectAsync(true);
}

// The disputes: a warm-up one at a time (first connections, JIT), then open loop: dispute i leaves at start + i/rate
// whether or not earlier ones have answered.
var submitStarts = new long[count + warmup];
var submitEnds = new long[count + warmup];
for (var i = count; i < count + warmup; i++)
{
    await SubmitAsync(i);
}

await WaitForAsync(Enumerable.Range(count, warmup));
var start = Stopwatch.GetTimestamp();
await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
{
    var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(start);
    if (due > TimeSpan.Zero)
    {
        await Task.Delay(due);
    }

    await SubmitAsync(i);
}));
var arrived = await WaitForAsync([.. Enumerable.Range(0, count), .. Enumerable.Range(BaselineToken, baselineCount)]);

double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
var baseline = Enumerable.Range(0, baselineCount).Where(i => arrived.ContainsKey(BaselineToken + i)).Select(i => Ms(baselineStarts[i], arrived[BaselineToken + i])).ToList();
var endToEnd = Enumerable.Range(0, count).Where(arrived.ContainsKey).Select(i => Ms(submitStarts[i], arrived[i])).ToList();
var submit = Enumerable.Range(0, count).Select(i => Ms(submitStarts[i], submitEnds[i])).ToList();
Console.WriteLine();
Console.WriteLine(Latencies.Header);
Row("baseline: MailKit send → file in the sink", baseline, baselineCount);
Row("dispute POST through the gateway → 201", submit, count);
Row("dispute POST → acknowledgment email in the sink", endToEnd, count);
Console.WriteLine();
Console.WriteLine($"Acknowledgment email / direct SMTP send, p50: {Latencies.Percentile(endToEnd, 50) / Latencies.Percentile(baseline, 50):F1}; p99 {Latencies.Percentile(endToEnd, 99):F0} ms (target: ≤ 1000 ms)");
return endToEnd.Count == count ? 0 : 1;

async Task SubmitAsync(int i)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dispute/v1/disputes")
    {
        Content = JsonContent.Create(new
        {
            claimNumber = claims[i], type = "Processing", description = "Paid below the contracted rate.", expectedOutcome = "Pay the contracted rate.",
            contact = new { name = "Ana Ortiz", email = Address(i), phone = "(714) 555-0100" },
        }),
    };
    request.Headers.Add("Idempotency-Key", $"{run}-{i}");
    submitStarts[i] = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request);
    submitEnds[i] = Stopwatch.GetTimestamp();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Dispute {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

// The arrivals of the run's messages once these have all come, or after a minute (the missing ones then count as missing).
async Task<Dictionary<int, long>> WaitForAsync(IEnumerable<int> tokens)
{
    var wanted = tokens.ToList();
    var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
    Dictionary<int, long> arrived;
    while (!wanted.All((arrived = arrivals.ByToken(run)).ContainsKey) && Stopwatch.GetTimestamp() < deadline)
    {
        await Task.Delay(200);
    }

    return arrived;
}

void Row(string name, List<double> values, int expected) => Console.WriteLine(Latencies.Row(name, values, expected));

// The demo provider user's first NPI, as identity tells the portal.
static async Task<string> ProviderNpiAsync(HttpClient http)
{
    var me = await http.GetFromJsonAsync<Me>("/api/identity/v1/me");
    return me!.Collections[0].Providers[0].Npi;
}

// Finalized claims of that provider in the dispute service's copy, as ClaimFinalized would have left them.
static async Task<string[]> FinalizedClaimsAsync(string connectionString, string npi, int count)
{
    var numbers = Enumerable.Range(0, count).Select(i => $"B{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}").ToArray();
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var insert = new NpgsqlCommand("""
        INSERT INTO disputable_claims ("ClaimId", "ClaimNumber", "Cin", "BillingNpi", "ServiceFrom", "ServiceTo", "BilledAmount", "PayableAmount", "FinalizedAt", "LineOfBusiness")
        SELECT gen_random_uuid(), number, '12345678A', @npi, current_date - 30, current_date - 30, 120.00, 80.00, now() - interval '10 days', 'Medi-Cal'
        FROM unnest(@numbers) AS number
        """, connection);
    insert.Parameters.AddWithValue("npi", npi);
    insert.Parameters.AddWithValue("numbers", numbers);
    await insert.ExecuteNonQueryAsync();
    return numbers;
}

internal sealed record Me(IReadOnlyList<MeCollection> Collections);

internal sealed record MeCollection(IReadOnlyList<MeProvider> Providers);

internal sealed record MeProvider(string Npi);
