using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Platform.Bench;
using Platform.PartnerApisBench;

// Issue 18, item 7: the partner APIs through the gateway with the demo partner client's token (ALTAMED, ACC-06) — an
// X12 270 → 271 real-time eligibility inquiry and a Da Vinci PAS Claim/$submit decided by the referral service's own
// rules — beside the hello direct and through the gateway and the plain eligibility lookup the 270 wraps. Interop runs
// with the services it calls (eligibility, with --members loaded and kept; referral, with its copies of the same plan).
// Maximum throughput with wrk; latency at steady rates with an open-loop generator. Aim: p99 under 50 ms; CAQH CORE's
// limit for a real-time 270/271 is 20 s.
var settings = BenchSettings.Parse(args);
var repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var eligibility = new MeasuredService("eligibility", "src/Services/Eligibility", "Eligibility", async database =>
{
    // The eligibility bench's database, kept between runs: loading a population takes minutes.
    if (await database.CountAsync("members") != settings.Members)
    {
        await database.RecreateAsync();
        await database.RunAsync("seed-population", $"{settings.Members}");
        await database.CheckpointAsync();
    }
});
// Its migrate step writes its demo copies of the same synthetic plan (Referral__DemoPopulation); anew each run, so the
// referrals the run makes do not pile up.
var referral = new MeasuredService("referral", "src/Services/Referral", "Referral", database => database.RecreateAsync())
{
    Settings = new Dictionary<string, string> { ["Referral__DemoPopulation"] = $"{settings.Members}" },
};
var interop = new MeasuredService("interop", "src/Services/Interop", "Interop", database => database.RecreateAsync()) { Calls = [eligibility, referral] };
await using var platform = await BenchPlatform.StartAsync(repo, interop);

var now = DateTimeOffset.UtcNow;
// The plan's day (ServiceDefaults' PlanCalendar): the services judge dates of service by it.
var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).DateTime);
// A week ahead, as the referral bench's requests: a day a request may start on, inside the PA list's quarter in force.
var serviceDay = today.AddDays(7);
var x12Steady = settings.X12Rate * settings.Timing.RateSeconds;
var members = await PartnerMembers.PickAsync(platform.Databases["referral"], settings.Sample + x12Steady);
var specialists = await PartnerMembers.SpecialistsAsync(platform.Databases["referral"]);
if (members.Count == 0 || specialists.Count == 0)
{
    throw new InvalidOperationException($"No member of {PartnerMembers.Network} or no community specialist in the referral copies of {settings.Members} members.");
}

// wrk draws from the sample; the steady runs ask of the others, while there are enough.
var (sampled, steadyMembers) = (members[..Math.Min(settings.Sample, members.Count)], members.Count > settings.Sample ? members[settings.Sample..] : members);
var control = 0;
List<string> Inquiries(IEnumerable<PartnerMember> asked) => [.. asked.Select(member => Eligibility270.For(member, today, now, ++control))];
List<string> Requests(IEnumerable<PartnerMember> asked) => [.. asked.Select((member, i) => PasBundle.For(member, specialists[i % specialists.Count], serviceDay, now))];
List<string> Lookups(IEnumerable<PartnerMember> asked) => [.. asked.Select(member => $"/api/eligibility/v1/members?id={member.Cin}&dateOfService={today:yyyy-MM-dd}")];
var pasSteady = Requests(steadyMembers.Take(settings.PasRate * settings.Timing.RateSeconds))
    .Select(body => body.Replace(PasBundle.Unique, Guid.NewGuid().ToString("N"), StringComparison.Ordinal)).ToList();
Func<Task<string>> partnerToken = () => platform.ClientTokenAsync(PartnerMembers.ClientId, PartnerMembers.Secret);

const string X12Path = "/api/x12/270", SubmitPath = "/api/fhir/r4/Claim/$submit";
BenchTarget[] targets =
[
    .. TargetRuns.Hello(platform, settings.X12Rate),
    new("eligibility lookup (the 270's), through the gateway", platform.Gateway, Lookups(sampled), Lookups(steadyMembers), settings.X12Rate, SignedIn: true)
    {
        Token = partnerToken,
    },
    new("X12 270 → 271, through the gateway", platform.Gateway, [X12Path], [X12Path], settings.X12Rate, SignedIn: true)
    {
        Token = partnerToken,
        Bodies = new BenchBodies(Eligibility270.MediaType, Inquiries(sampled), Inquiries(steadyMembers)),
    },
    new("PAS Claim/$submit, through the gateway", platform.Gateway, [SubmitPath], [SubmitPath], settings.PasRate, SignedIn: true)
    {
        Token = partnerToken,
        Bodies = new BenchBodies(PasBundle.MediaType, Requests(sampled), pasSteady, PasBundle.Unique),
        Concurrency = (settings.PasConnections, 30),
    },
];

Console.WriteLine($"Partner APIs through the gateway (issue 18, item 7): {settings}; {members.Count} members of {PartnerMembers.Network} asked about, " +
    $"{specialists.Count} community specialists; {Environment.ProcessorCount} cores; logs in {platform.Logs}");
await CheckAnswersAsync();
Console.WriteLine();
var results = await TargetRuns.RunAsync(platform, targets, settings.Timing);

var gatewayHello = results[targets[1].Name].Maximum.RequestsPerSecond;
Console.WriteLine($"Gateway hello / direct hello: {gatewayHello / results[targets[0].Name].Maximum.RequestsPerSecond:F2}");
foreach (var target in targets.Skip(2))
{
    var (maximum, steady) = results[target.Name];
    Console.WriteLine($"{target.Name}: throughput / gateway hello {maximum.RequestsPerSecond / gatewayHello:F3}; at {target.Rate}/s p50 {steady.P50Ms:F1} ms, " +
        $"p99 {steady.P99Ms:F1} ms, p99.9 {steady.P999Ms:F1} ms, max {steady.MaxMs:F0} ms, {steady.Failures} failed " +
        $"(aim: p99 under 50 ms — {(steady.P99Ms < 50 ? "met" : "missed")}; CAQH CORE: 20 s — {(steady.MaxMs < 20_000 ? "met" : "missed")})");
}

var decided = await platform.Databases["referral"].ListAsync("""SELECT "Status"::text || ': ' || count(*) FROM referrals GROUP BY "Status" ORDER BY 1""");
Console.WriteLine($"Referrals the $submit runs made, by status: {string.Join(", ", decided)}");

// Before anything is measured: one of each answers as it must — a 271 with the member's coverage (no AAA rejection),
// and a ClaimResponse approved at once (complete) — so the figures are of the work the issue means.
async Task CheckAnswersAsync()
{
    using var client = new HttpClient { BaseAddress = platform.Gateway };
    var took = new List<double>();
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await partnerToken());
    var inquiry = await PostAsync(X12Path, Inquiries([sampled[0]])[0], Eligibility270.MediaType);
    if (!inquiry.Contains("ST*271", StringComparison.Ordinal) || inquiry.Contains("~AAA*", StringComparison.Ordinal) || !inquiry.Contains("~EB*1", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"The 270 of {sampled[0].Cin} was not answered by a 271 with active coverage:\n{inquiry}");
    }

    var submitted = await PostAsync(SubmitPath, Requests([sampled[0]])[0].Replace(PasBundle.Unique, Guid.NewGuid().ToString("N"), StringComparison.Ordinal), PasBundle.MediaType);
    if (PasBundle.OutcomeOf(submitted) != "complete")
    {
        throw new InvalidOperationException($"The PAS request for {sampled[0].Cin} was not approved at once:\n{submitted}");
    }

    Console.WriteLine($"Checked, one at a time: a 270 answered by a 271 with active coverage ({inquiry.Split('~').Length - 1} segments) in {took[0]:F0} ms, " +
        $"a $submit approved at once (outcome complete) in {took[1]:F0} ms.");

    async Task<string> PostAsync(string path, string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        var sent = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync(path, content);
        took.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        var answer = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? answer : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode}\n{answer}");
    }
}
