using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// The broker goes away between a save and its publish. This class runs a RabbitMQ node of its own (its own data
/// folder and ports, through the same eng/infra.sh), so stopping it cannot disturb any other test.
/// </summary>
public sealed class OutboxOutageTests : IAsyncLifetime
{
    // Only the events: the same outbox also carries each change's ACC-05 audit entry.
    private const string UnsentClaimEvents =
        "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND type LIKE 'Platform.Contracts.Claims.ClaimFinalized,%'";

    private const int Claims = 12;
    private const string ClaimFinalizedExchange = "Platform.Contracts.Claims:ClaimFinalized";
    private const string AuditQueue = "test-claim-finalized-audit";

    private readonly InfraScript broker = new(new Dictionary<string, string>
    {
        ["PLATFORM_DATA"] = Path.Combine(InfraScript.RepoRoot, ".data", "infra-outage-test"),
        // Below Linux's ephemeral range (32768–60999): while the broker is down, a client socket of any process could
        // otherwise take its port and the restart fail with eaddrinuse (seen once in CI). Epmd and distribution: +1, +2.
        ["PLATFORM_RABBITMQ_PORT"] = "25692",
    });

    private TestPlatform platform = null!;
    private string messaging = "";

    public async ValueTask InitializeAsync()
    {
        await broker.RunAsync("start", "rabbitmq");
        messaging = ServerAddresses.Parse(await broker.RunAsync("env")).Messaging;
        platform = await TestPlatform.StartAsync<Projects.AppHost>(nameof(OutboxOutageTests), new HashSet<string> { "identity", "eligibility", "claims", "dispute" },
            servers: await LocalServers.EnsureStartedAsync() with { Messaging = messaging });
    }

    [Fact]
    public async Task Events_saved_while_RabbitMQ_is_down_are_published_once_each_when_it_returns_and_applied_once()
    {
        await BrokerQueues.BindAuditQueueAsync(messaging, AuditQueue, ClaimFinalizedExchange);
        using var identity = platform.CreateHttpClient("identity");
        var token = await SignIn.TokenAsync(identity, DemoSeed.PlanStaff, "/api/v1/sessions");
        using var claims = Client("claims", token);
        using var dispute = Client("dispute", token);
        using var eligibility = Client("eligibility", token);
        // The claims' member reaches claims from eligibility over the broker, so before it goes down.
        var cin = TestData.Cin();
        (await eligibility.PostAsync("/api/v1/enrollment-batches", TestClaims.Enrollment(cin), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        using var known = await TestClaims.RecordWhenKnownAsync(claims, "/api/v1/claims", TestClaims.Claim(TestData.ClaimNumber(), cin, TestData.Npi()));
        known.EnsureSuccessStatusCode();

        await broker.RunAsync("stop", "rabbitmq");
        var claimNumbers = new List<string>();
        for (var i = 0; i < Claims; i++)
        {
            var claimNumber = TestData.ClaimNumber();
            var claim = TestClaims.Claim(claimNumber, cin, TestData.Npi(), 90.00m, "2026-07-01");
            (await claims.PostAsJsonAsync("/api/v1/claims", claim, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            (await claims.PostAsJsonAsync($"/api/v1/claims/{claimNumber}/adjudication", TestClaims.Finalization(90.00m, 45.00m), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            claimNumbers.Add(claimNumber);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        var unsentDuringOutage = await CountAsync("claimsdb", UnsentClaimEvents);
        await broker.RunAsync("start", "rabbitmq");

        foreach (var claimNumber in claimNumbers)
        {
            await Eventually.TrueAsync(async () =>
            {
                using var response = await dispute.GetAsync($"/api/v1/disputable-claims/{claimNumber}");
                return response.StatusCode == HttpStatusCode.OK;
            }, TimeSpan.FromSeconds(60));
        }

        Assert.Equal(Claims, unsentDuringOutage);
        Assert.Equal(0, await CountAsync("claimsdb", UnsentClaimEvents));
        Assert.Equal(Claims, await BrokerQueues.CountAsync(messaging, AuditQueue));
        Assert.Equal(Claims, await CountAsync("disputedb", "SELECT count(*) FROM disputable_claims"));
        // Once each: the dispute service's inbox holds one ClaimFinalized per claim (it takes other messages too, identity's LOAs).
        Assert.Equal(Claims, await CountAsync("disputedb", "SELECT count(*) FROM inbox_messages WHERE consumer = 'ClaimFinalizedConsumer'"));
    }

    private HttpClient Client(string service, string token)
    {
        var client = platform.CreateHttpClient(service);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<int> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(await platform.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await platform.DisposeAsync();
        await broker.RunAsync("stop", "rabbitmq");
    }
}
