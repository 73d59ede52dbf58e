using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

[Collection(SecuredPlatform.Name)]
public sealed class AuditTrailTests(SecuredPlatformFixture platform)
{
    [Fact]
    public async Task ACC_05_a_PHI_read_through_the_gateway_reaches_the_plan_wide_trail_the_EA_queries()
    {
        using var anonymous = platform.Gateway();
        var token = await SignIn.TokenAsync(anonymous, DemoSeed.ProviderUser);
        using var provider = platform.Gateway(token);
        var claimNumber = platform.Placeholders["claim:own"];

        // This read's own trace: other tests read the same claim, through this service and others.
        var trace = ActivityTraceId.CreateRandom().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/v1/claims/{claimNumber}");
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await provider.SendAsync(request, TestContext.Current.CancellationToken);
        var claim = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var cin = claim.GetProperty("member").GetProperty("cin").GetString()!;
        using var ea = platform.As(Persona.Ea);
        var subject = new JsonWebToken(token).Subject;
        // Relayed from the claims service's outbox through RabbitMQ into identity's trail.
        var json = await Eventually.ValueAsync(async () =>
        {
            var page = await ea.GetFromJsonAsync<JsonElement>($"/api/identity/v1/audit-entries?userId={subject}&memberId={cin}");
            return page.GetProperty("items").EnumerateArray()
                .FirstOrDefault(item => item.GetProperty("traceId").GetString() == trace) is { ValueKind: JsonValueKind.Object } found
                ? found.GetRawText()
                : null;
        });

        var read = JsonDocument.Parse(json).RootElement;
        Assert.Equal(("Read", "claims", claimNumber), (read.GetProperty("action").GetString(), read.GetProperty("service").GetString(),
            read.GetProperty("resourceId").GetString()));
        Assert.Equal("127.0.0.1", read.GetProperty("clientAddress").GetString());
    }
}
