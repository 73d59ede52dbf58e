using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests.Chaos;

/// <summary>
/// Issue 13's chaos suite: under a steady mix of writes through the gateway, each service, the web app, the gateway,
/// Redis, RabbitMQ and PostgreSQL in turn is killed with SIGKILL and started again. Every accepted write must be
/// there once — not lost, not applied twice — the gateway must answer for a dead backend with a 503 problem within a
/// second and use it again within 5 s of its return, and every outbox must drain. The platform runs against servers
/// of its own (data folder and ports), so killing them disturbs no other test, and with PostgreSQL's durable settings:
/// the fast ones of the other tests (synchronous_commit off) would lose acknowledged commits to a crash by design.
/// The table goes to chaos-report.md beside the test assembly; bench/chaos.sh runs it longer (CHAOS_* variables).
/// </summary>
public sealed class ChaosTests : IAsyncLifetime
{
    private static readonly TimeSpan Down = Seconds("CHAOS_DOWN_SECONDS", 1);
    private static readonly TimeSpan Steady = Seconds("CHAOS_STEADY_SECONDS", 2);
    private static readonly int Workers = int.Parse(Environment.GetEnvironmentVariable("CHAOS_WORKERS") ?? "3");
    private static readonly TimeSpan RecoveryTarget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly string[] Databases = ["identitydb", "eligibilitydb", "referraldb", "claimsdb", "disputedb", "rosterdb", "reportingdb"];

    private readonly InfraScript servers = new(new Dictionary<string, string>
    {
        ["PLATFORM_DATA"] = Path.Combine(InfraScript.RepoRoot, ".data", "infra-chaos"),
        // Below Linux's ephemeral range, so that no client socket takes a port while its server is down.
        ["PLATFORM_PG_PORT"] = "25532",
        ["PLATFORM_REDIS_PORT"] = "25579",
        ["PLATFORM_RABBITMQ_PORT"] = "25682",
        ["PLATFORM_SMTP_PORT"] = "25525",
        ["PLATFORM_PG_FAST"] = "0",
    });

    private TestPlatform platform = null!;
    private string token = "";
    private string claimsMember = "";

    public async ValueTask InitializeAsync()
    {
        await servers.RunAsync("start");
        // The partner APIs take none of the mix's writes: killing them would prove nothing here.
        platform = await TestPlatform.StartAsync<Projects.AppHost>(nameof(ChaosTests), PlatformFixture.CoreResources, configure: builder =>
        {
            builder.CreateResourceBuilder<ProjectResource>("gateway")
                .WithEnvironment("Gateway__RateLimit__PermitsPerSecond", "1000").WithEnvironment("Gateway__RateLimit__Burst", "2000");
            // One sign-in for the whole run, however long bench/chaos.sh makes it.
            builder.CreateResourceBuilder<ProjectResource>("identity").WithEnvironment("Identity__AccessTokenLifetime", "01:00:00");
        }, servers: ServerAddresses.Parse(await servers.RunAsync("env")));
        using var anonymous = platform.CreateHttpClient("gateway");
        token = await SignIn.TokenAsync(anonymous, DemoSeed.PlanStaff);
        // The member every claim of the run is for: enrolled, and known to claims, before the first fault.
        claimsMember = TestData.Cin();
        using var client = Gateway();
        using var known = await TestClaims.EnrollAndRecordAsync(client, TestClaims.Claim(TestData.ClaimNumber(), claimsMember, TestData.Npi()), claimsMember);
        known.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Killing_any_process_under_load_loses_no_accepted_write_applies_none_twice_and_the_gateway_recovers()
    {
        var mix = new SubmissionMix(Gateway, Workers, claimsMember);
        mix.Start();
        await Task.Delay(Steady, TestContext.Current.CancellationToken);
        var results = new List<FaultResult>();
        foreach (var fault in Fault.All)
        {
            mix.Phase = results.Count + 1;
            results.Add(await InflictAsync(fault, mix));
            await Task.Delay(Steady, TestContext.Current.CancellationToken);
        }

        await mix.StopAsync();
        var check = new LedgerCheck(platform);
        await Eventually.TrueAsync(async () => await check.UnsentAsync(Databases) == 0, Patience);
        // Published is not yet consumed: the tally settles once the consumers have caught up (or the wait runs out).
        var tallies = await check.TallyAsync(mix.Ledger);
        for (var deadline = DateTime.UtcNow + Patience; tallies.Values.Any(t => t.Lost > 0) && DateTime.UtcNow < deadline; tallies = await check.TallyAsync(mix.Ledger))
        {
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }

        var report = ChaosReport.Format(results, tallies, mix.Answers);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "chaos-report.md"), report, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        Assert.True(tallies.Values.All(tally => (tally.Lost, tally.Doubled, tally.Unsettled) == (0, 0, 0)),
            $"Lost, doubled or unsettled writes:\n{string.Join('\n', check.Missing)}\n{report}");
        Assert.True(tallies.Values.Sum(t => t.Accepted) > Fault.All.Length * 4, $"The mix barely ran:\n{report}");
        Assert.DoesNotContain(mix.Answers.Keys, answer => answer.Answer is "500" or "502" or "504" || answer.Answer.StartsWith('4'));
        Assert.All(results.Where(r => r.Fault.Kind == FaultKind.Backend), result =>
            Assert.True(result.FirstAnswer == "503 problem" && result.FirstAnswerTime < TimeSpan.FromSeconds(1), $"{result.Fault.Name}: {result.FirstAnswer} in {result.FirstAnswerTime}"));
        // The broker's row times the event path (a claim finalized then reaches dispute): ReceiveEndpointWatchdog and the
        // outbox relay's short timeouts while failing keep it inside the target despite MassTransit's own reconnect schedule.
        Assert.All(results, result =>
            Assert.True(result.Recovery <= RecoveryTarget, $"{result.Fault.Name} took {result.Recovery} to recover\n{report}"));
    }

    /// <summary>Kill, probe at once, stay down a while under the mix, start again, then time the way back.</summary>
    private async Task<FaultResult> InflictAsync(Fault fault, SubmissionMix mix)
    {
        var clock = Stopwatch.StartNew();
        await (fault.Kind == FaultKind.Server ? servers.RunAsync("crash", fault.Name) : platform.CrashResourceAsync(fault.Name));
        var probeStarted = clock.Elapsed;
        var firstAnswer = await ProbeOnceAsync(fault, mix);
        var firstAnswerTime = clock.Elapsed - probeStarted;
        await Task.Delay(Down, TestContext.Current.CancellationToken);

        if (fault.Kind == FaultKind.Server)
        {
            await servers.RunAsync("start", fault.Name);
        }
        else
        {
            await platform.LaunchResourceAsync(fault.Name);
            await ReadyAsync(fault.Name);
        }

        var backUp = clock.Elapsed;
        if (fault.Probe.Path is null)
        {
            await EventArrivesAsync();
        }
        else
        {
            // Any answer of the part itself: a 404 for the missing claim is the claims service and its database at work.
            await Eventually.TrueAsync(async () => await ProbeOnceAsync(fault, mix) is not ("refused" or ['5', ..]), Patience);
        }

        return new FaultResult(fault, firstAnswer, firstAnswerTime, backUp, clock.Elapsed - backUp);
    }

    /// <summary>"200", "404", "503 problem", "503" (not a problem document) or "refused" (no answer at all).</summary>
    private async Task<string> ProbeOnceAsync(Fault fault, SubmissionMix mix)
    {
        using var client = Gateway();
        client.Timeout = TimeSpan.FromSeconds(5);
        var path = fault.Probe.Path ?? $"/api/claims/v1/claims/{Fault.MissingClaim}";
        var cin = mix.Ledger.FirstOrDefault(s => s is { Kind: SubmissionKind.EnrollmentBatch, Outcome: SubmissionOutcome.Accepted })?.Cin;
        try
        {
            using var response = await client.GetAsync(path.Replace("{cin}", cin, StringComparison.Ordinal));
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? " problem" : "";
            return $"{(int)response.StatusCode}{(response.IsSuccessStatusCode ? "" : problem)}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return "refused";
        }
    }

    /// <summary>A claim finalized now is disputable in the dispute service: the broker carries events again.</summary>
    private async Task EventArrivesAsync()
    {
        using var client = Gateway();
        var claimNumber = TestData.ClaimNumber();
        (await client.PostAsJsonAsync(TestClaims.IntakePath, TestClaims.Claim(claimNumber, claimsMember, TestData.Npi(), 60.00m, "2026-10-06"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{TestClaims.IntakePath}/{claimNumber}/adjudication", TestClaims.Finalization(60.00m, 60.00m))).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/dispute/v1/disputable-claims/{claimNumber}");
            return response.StatusCode == HttpStatusCode.OK;
        }, Patience);
    }

    /// <summary>The restarted process answers its own /health (not through the gateway: that is what recovery times).</summary>
    private async Task ReadyAsync(string resource)
    {
        using var direct = new HttpClient { BaseAddress = platform.GetEndpoint(resource), Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                using var response = await direct.GetAsync("/health");
                return response.IsSuccessStatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, Patience);
    }

    private HttpClient Gateway()
    {
        var client = platform.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static TimeSpan Seconds(string variable, double fallback) =>
        TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable(variable) ?? fallback.ToString(System.Globalization.CultureInfo.InvariantCulture),
            System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        await platform.DisposeAsync();
        await servers.RunAsync("stop");
    }
}
