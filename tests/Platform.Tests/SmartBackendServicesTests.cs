using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Seed;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// Issue 18 item 4, SMART Backend Services through the gateway (ACC-06): the audience a partner signs for is the
/// token endpoint as the gateway publishes it, which the identity service recognizes from the forwarded host.
/// </summary>
[Collection(SecuredPlatform.Name)]
public sealed class SmartBackendServicesTests(SecuredPlatformFixture platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SMART_Backend_Services_ACC_06_a_partner_signs_for_the_gateways_token_URL_and_gets_a_token_for_its_scopes()
    {
        var keys = PartnerKeys.EllipticCurve($"altamed-{Guid.NewGuid():N}");
        using (var ea = platform.As(Persona.Ea))
        {
            using var registered = await ea.PutAsJsonAsync($"/api/identity/v1/admin/partner-clients/{DemoSeed.PartnerClientId}/jwks",
                new { keys = new[] { keys.PublicJwk } }, Cancel);
            Assert.Equal(HttpStatusCode.NoContent, registered.StatusCode);
        }

        using var gateway = platform.Gateway();
        var tokenUrl = new Uri(gateway.BaseAddress!, "/api/identity/v1/token").ToString();
        using var response = await gateway.PostAsync("/api/identity/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "system/ExplanationOfBenefit.read",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = keys.Assertion(DemoSeed.PartnerClientId, tokenUrl),
        }), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
        using var partner = platform.Gateway(token);
        var me = await partner.GetFromJsonAsync<JsonElement>("/api/identity/v1/me", Cancel);
        Assert.Equal([Modules.Claims], me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(DemoSeed.PartnerNetwork, me.GetProperty("network").GetString());
    }
}
