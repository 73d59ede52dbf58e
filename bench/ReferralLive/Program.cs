using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Bench;
using Platform.ReferralLiveBench;

// Issue 16, item 4 / REF-12: from a provider office's referral submission through the gateway to the approval shown
// live in the office's browser — the submission and its rules, ReferralStatusChanged through the outbox and RabbitMQ,
// the web app's SignalR push, and the page read again and swapped in — at a steady --rate for --referrals routine
// requests that pass every rule (so each is approved at submission). Baselines, same run: the hello through the gateway
// (the least a request costs) and the submission's own POST → 201.
var arguments = new BenchArguments(args);
var (count, rate, warmup, baselineCount) = (arguments.Number("referrals", 200), arguments.Number("rate", 5), arguments.Number("warmup", 10), arguments.Number("baseline", 200));
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
const string Office = "user@harbor.example";
const string Password = "Demo-Portal-Pass-2026";

await using var platform = await BenchPlatform.StartAsync(repo, new MeasuredService("referral", "src/Services/Referral", "Referral", database => database.RecreateAsync()), withWeb: true);
using var http = new HttpClient { BaseAddress = platform.Gateway };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.SignInAsync(Office));
var requesting = (await http.GetFromJsonAsync<JsonElement>("/api/identity/v1/me")).GetProperty("collections")[0].GetProperty("providers")[0].GetProperty("npi").GetString()!;
var (cin, specialist) = await SeedCopiesAsync(platform.Database.ConnectionString, requesting);
await using var browser = await BrowserPushes.OpenAsync(platform.Gateway, Office, Password);
Console.WriteLine($"Referral auto-approval seen live (issue 16, REF-12/13): {count} referrals at {rate}/s through the gateway after {warmup} one at a time, " +
    $"baseline {baselineCount} gateway hellos; {Environment.ProcessorCount} cores; logs in {platform.Logs}");

// Drafts ready beforehand (the provider is chosen in the wizard's earlier steps): the timed part is the submission.
var drafts = new string[count + warmup];
for (var i = 0; i < drafts.Length; i++)
{
    drafts[i] = await DraftAsync();
}

var baseline = new List<double>();
for (var i = 0; i < baselineCount; i++)
{
    var started = Stopwatch.GetTimestamp();
    (await http.GetAsync("/api/hello/v1/hello")).EnsureSuccessStatusCode();
    baseline.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

var numbers = new string[count + warmup];
var (starts, ends) = (new long[count + warmup], new long[count + warmup]);
for (var i = count; i < count + warmup; i++)
{
    await SubmitAsync(i);
    await browser.WaitForAsync([numbers[i]], TimeSpan.FromSeconds(10));
}

// Open loop: referral i leaves at start + i/rate whether or not earlier ones have answered.
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
await browser.WaitForAsync(numbers[..count], TimeSpan.FromSeconds(30));

double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
var submit = Enumerable.Range(0, count).Select(i => Ms(starts[i], ends[i])).ToList();
var live = Enumerable.Range(0, count).Where(i => browser.ShownAt(numbers[i]) is not null).Select(i => Ms(starts[i], browser.ShownAt(numbers[i])!.Value)).ToList();
Console.WriteLine();
Console.WriteLine(Latencies.Header);
Console.WriteLine(Latencies.Row("baseline: hello through the gateway", baseline, baselineCount));
Console.WriteLine(Latencies.Row("referral POST through the gateway → 201 (approved at submission)", submit, count));
Console.WriteLine(Latencies.Row("referral POST → approval on the office's open page (push, page read again)", live, count));
Console.WriteLine();
Console.WriteLine($"Live approval / gateway hello, p50: {Latencies.Percentile(live, 50) / Latencies.Percentile(baseline, 50):F0}; " +
    $"p50 {Latencies.Percentile(live, 50):F0} ms, p99 {Latencies.Percentile(live, 99):F0} ms (target: ≤ 1000 ms)");
return live.Count == count ? 0 : 1;

async Task<string> DraftAsync()
{
    using var created = await http.PostAsync("/api/referral/v1/referral-drafts", null);
    var id = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    (await http.PutAsJsonAsync($"/api/referral/v1/referral-drafts/{id}/servicing-provider", new { npi = specialist })).EnsureSuccessStatusCode();
    return id;
}

async Task SubmitAsync(int i)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referral/v1/referrals")
    {
        Content = JsonContent.Create(new
        {
            draftId = drafts[i], cin, requestingNpi = requesting, serviceFrom = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"), diagnosisCodes = new[] { "R51.9" },
            lines = new[] { new { procedureCode = "70551", quantity = 1, placeOfService = "11" } },
        }),
    };
    request.Headers.Add("Idempotency-Key", drafts[i]);
    starts[i] = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request);
    ends[i] = Stopwatch.GetTimestamp();
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (!response.IsSuccessStatusCode || body.GetProperty("status").GetString() != "Approved")
    {
        throw new InvalidOperationException($"Referral {i}: {(int)response.StatusCode} {body}");
    }

    numbers[i] = body.GetProperty("referralNumber").GetString()!;
}

// The referral service's copies of one member of the office's provider and of a community specialist, as the migrate
// step's demo copies or eligibility's announcements would have left them.
static async Task<(string Cin, string Specialist)> SeedCopiesAsync(string connectionString, string pcp)
{
    const string cin = "90000001B", specialist = "1999999992";
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("""
        INSERT INTO providers ("Npi", "Tin", "Name", "Type", "Specialty", "Tertiary", "Networks") VALUES
            (@pcp, '330000001', 'Ana Reyes, MD', 'PCP', 'Pediatrics', false, ARRAY['CCN']),
            (@specialist, '339999999', 'Bench Neurology', 'Specialist', 'Neurology', false, ARRAY['CCN']);
        INSERT INTO members ("Cin", "Version", "FirstName", "LastName", "DateOfBirth", "Coverage") VALUES
            (@cin, 0, 'Bench', 'Member', DATE '2015-06-01',
             jsonb_build_array(jsonb_build_object('LineOfBusiness', 'Medi-Cal', 'Program', 'CCN', 'PcpNpi', @pcp, 'StartDate', '2026-01-01', 'EndDate', null)));
        """, connection);
    command.Parameters.AddWithValue("pcp", pcp);
    command.Parameters.AddWithValue("specialist", specialist);
    command.Parameters.AddWithValue("cin", cin);
    await command.ExecuteNonQueryAsync();
    return (cin, specialist);
}
