using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GatewayTests(PlatformFixture platform)
{
    /// <summary>One real endpoint behind authorization in each service, as reached through the gateway.</summary>
    public static TheoryData<string, string> ServiceEndpoints => new()
    {
        { "identity", "/api/identity/v1/me" },
        { "eligibility", "/api/eligibility/v1/health-networks" },
        { "referral", "/api/referral/v1/authorization-exemptions" },
        { "claims", $"/api/claims/v1/claims/{TestData.ClaimNumber()}" },
        { "dispute", "/api/dispute/v1/disputable-claims" },
        { "roster", $"/api/roster/v1/rosters/{TestData.Npi()}/members" },
        { "reporting", "/api/reporting/v1/training-materials" },
    };

    [Fact]
    public async Task The_gateway_health_reports_every_service_healthy()
    {
        using var gateway = platform.Gateway();

        using var response = await gateway.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("checks");
        foreach (var service in ServiceEndpoints.Select(row => row.Data.Item1))
        {
            Assert.Equal("Healthy", checks.GetProperty(service).GetString());
        }
    }

    [Theory]
    [MemberData(nameof(ServiceEndpoints))]
    public async Task The_gateway_routes_to_each_service_with_the_callers_token(string service, string path)
    {
        using var gateway = await platform.SignedInAsync(DemoSeed.EnterpriseAdmin);

        using var response = await gateway.GetAsync(path, TestContext.Current.CancellationToken);

        // The claims probe asks for a claim that does not exist: the claims service's own 404 proves the route.
        Assert.Equal(service == "claims" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Correlation-Id"));
    }

    [Theory]
    [MemberData(nameof(ServiceEndpoints))]
    public async Task Each_services_OpenAPI_document_is_served_through_the_gateway(string service, string path)
    {
        using var gateway = platform.Gateway();

        var document = await gateway.GetFromJsonAsync<JsonElement>($"/api/{service}/openapi/v1.json", TestContext.Current.CancellationToken);

        var server = document.GetProperty("servers")[0].GetProperty("url").GetString();
        Assert.Equal($"/api/{service}", server);
        Assert.Contains(document.GetProperty("paths").EnumerateObject(), p => path.StartsWith(server + p.Name.Split('{')[0], StringComparison.Ordinal));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Theory]
    [InlineData("/api/eligibility/v1/health-networks", 13, "CalOptima Health Community Network")] // POR-02: the deck's contact list
    [InlineData("/api/referral/v1/authorization-exemptions", 10, "Emergency services")] // REF-03
    [InlineData("/api/reporting/v1/training-materials", 6, "Cultural Competency")] // RPT-05
    public async Task POR_02_REF_03_RPT_05_reference_data_is_served_from_each_services_own_database(string path, int count, string known)
    {
        using var gateway = await platform.SignedInAsync(DemoSeed.EnterpriseAdmin);

        var rows = await gateway.GetFromJsonAsync<JsonElement[]>(path, TestContext.Current.CancellationToken);

        Assert.Equal(count, rows!.Length);
        Assert.Contains(rows, row => row.EnumerateObject().Any(field => field.Value.ValueKind == JsonValueKind.String && field.Value.GetString() == known));
    }

    [Fact]
    public async Task Without_a_token_the_gateway_answers_a_401_problem()
    {
        using var gateway = platform.Gateway();

        using var response = await gateway.GetAsync("/api/dispute/v1/disputable-claims", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_stopped_backend_is_a_503_problem_within_a_second_and_shows_in_health()
    {
        using var gateway = await platform.SignedInAsync(DemoSeed.EnterpriseAdmin);
        try
        {
            await platform.App.StopResourceAsync("reporting");
            var clock = Stopwatch.StartNew();
            using var response = await gateway.GetAsync("/api/reporting/v1/training-materials", TestContext.Current.CancellationToken);
            clock.Stop();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
            using var health = await gateway.GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var checks = (await health.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("checks");
            Assert.Equal("Unhealthy", checks.GetProperty("reporting").GetString());
        }
        finally
        {
            await platform.App.StartResourceAsync("reporting");
        }
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_problems_and_others_are_unaffected()
    {
        // Two people of their own, so no other test of the class shares the flooded bucket.
        using var flooding = await platform.SignedInAsync(DemoSeed.OrangeCoastLoa);
        using var other = await platform.SignedInAsync(DemoSeed.HarborLoa);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PlatformFixture.RateLimitBurst * 2; i++)
        {
            using var response = await flooding.GetAsync("/api/referral/v1/authorization-exemptions", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        using var calm = await other.GetAsync("/api/referral/v1/authorization-exemptions", TestContext.Current.CancellationToken);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, calm.StatusCode);
    }

    [Fact]
    public async Task A_sign_in_through_the_gateway_yields_a_token_every_service_accepts()
    {
        using var provider = await platform.SignedInAsync(DemoSeed.ProviderUser);

        using var me = await provider.GetAsync("/api/identity/v1/me", TestContext.Current.CancellationToken);
        using var networks = await provider.GetAsync("/api/eligibility/v1/health-networks", TestContext.Current.CancellationToken);
        using var roster = await provider.GetAsync($"/api/roster/v1/rosters/{DemoSeed.AnaheimPediatrician.Npi}/members", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (me.StatusCode, networks.StatusCode, roster.StatusCode));
    }
}
