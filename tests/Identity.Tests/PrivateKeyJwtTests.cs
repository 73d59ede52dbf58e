using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Partners;
using Platform.Identity.Seed;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>
/// Issue 18 item 4, SMART Backend Services: a partner client (ACC-06) authenticates with a JWT signed by a key whose
/// public JWKS the plan's EA registered (RFC 7523 private_key_jwt), and asks for system scopes that become module
/// permissions. Each test makes its own client, so registering keys never touches the demo client others use.
/// </summary>
public sealed class PrivateKeyJwtTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private const string GatewayTokenUrl = "http://localhost/api/identity/v1/token";
    private const string ServiceTokenUrl = "http://localhost/api/v1/token";
    private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly HttpClient ea = service.ClientWith(TestTokens.For(Roles.Ea, [.. Modules.All]));

    [Fact]
    public async Task SMART_Backend_Services_ACC_06_an_RS384_assertion_gets_a_token_with_only_the_scopes_permissions()
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl), "system/Patient.read system/ExplanationOfBenefit.read");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("system/Patient.read system/ExplanationOfBenefit.read", answer.GetProperty("scope").GetString());
        // Patient → Members, ExplanationOfBenefit → Claims; the client's Referrals and Disputes stay out of the token.
        var me = await service.ClientWith(answer.GetProperty("access_token").GetString()!).GetFromJsonAsync<JsonElement>("/api/v1/me", Cancel);
        Assert.Equal([Modules.Claims, Modules.Members], me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).Order());
        Assert.Equal((Roles.Partner, DemoSeed.PartnerNetwork), (me.GetProperty("roles")[0].GetString(), me.GetProperty("network").GetString()));
    }

    [Fact]
    public async Task SMART_Backend_Services_an_ES384_assertion_for_the_services_own_URL_with_a_v2_scope_is_accepted()
    {
        var keys = PartnerKeys.EllipticCurve("ec-1");
        var clientId = await RegisteredClientAsync(keys);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, ServiceTokenUrl), "system/Claim.c");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = new JsonWebToken((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString());
        Assert.Equal([Modules.Referrals], token.Claims.Where(c => c.Type == PlatformClaims.Permission).Select(c => c.Value));
        Assert.Equal("system/Claim.c", token.GetClaim(SmartScopes.Claim).Value);
    }

    [Fact]
    public async Task SMART_Backend_Services_an_assertion_signed_by_another_key_under_a_registered_kid_is_an_invalid_client()
    {
        var clientId = await RegisteredClientAsync(PartnerKeys.Rsa("rsa-1"));
        var impostor = PartnerKeys.Rsa("rsa-1");

        using var response = await RequestTokenAsync(impostor.Assertion(clientId, GatewayTokenUrl));

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task SMART_Backend_Services_a_client_without_registered_keys_cannot_use_an_assertion()
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await CreateClientAsync([Modules.Members]);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl));

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(10)]
    public async Task SMART_Backend_Services_an_expired_assertion_or_one_expiring_more_than_five_minutes_ahead_is_an_invalid_client(int expiresInMinutes)
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl, TimeSpan.FromMinutes(expiresInMinutes)));

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task SMART_Backend_Services_a_replayed_jti_is_refused_and_the_used_jti_is_kept_in_the_database()
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys);
        var jti = Guid.NewGuid().ToString("N");

        using var first = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl, jti: jti));
        // A fresh assertion with the same jti (not merely the same bytes) is a replay too.
        using var replay = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl, jti: jti));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await replay.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
        // Restart-safe: the guard is a row in the identity database, not process memory.
        Assert.True(await service.QueryAsync(db => db.UsedAssertions.AnyAsync(u => u.ClientId == clientId && u.Jti == jti)));
    }

    [Theory]
    [InlineData("https://other-payer.example/api/identity/v1/token")]
    [InlineData("http://localhost/api/v1/sessions")]
    public async Task SMART_Backend_Services_an_assertion_for_another_audience_is_an_invalid_client(string audience)
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, audience));

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task SMART_Backend_Services_the_assertion_must_be_by_the_client_it_names()
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl), formClientId: DemoSeed.PartnerClientId);

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData("system/ExplanationOfBenefit.read")]
    [InlineData("system/Observation.read")]
    [InlineData("system/Patient.read patient/Patient.read")]
    public async Task SMART_Backend_Services_a_scope_the_client_is_not_granted_is_invalid_scope(string scope)
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys, [Modules.Members]);

        using var response = await RequestTokenAsync(keys.Assertion(clientId, GatewayTokenUrl), scope);

        await response.AssertRefusedAsync(HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Fact]
    public async Task SMART_Backend_Services_a_JWKS_holding_a_private_key_is_refused_and_nothing_is_stored()
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await CreateClientAsync([Modules.Members]);

        using var response = await ea.PutAsJsonAsync($"/api/v1/admin/partner-clients/{clientId}/jwks", new { keys = new[] { keys.PrivateJwk() } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["keys[0].d"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancel))!.Errors.Keys);
        Assert.Null(await service.QueryAsync(db => db.PartnerClients.Where(c => c.ClientId == clientId).Select(c => c.Jwks).SingleAsync()));
    }

    [Theory]
    [InlineData("kty", "oct")]
    [InlineData("alg", "RS256")]
    [InlineData("use", "enc")]
    [InlineData("kid", "")]
    public async Task SMART_Backend_Services_a_key_that_cannot_sign_RS384_assertions_is_refused_naming_its_member(string member, string value)
    {
        var jwk = PartnerKeys.Rsa("rsa-1").PublicJwk;
        jwk[member] = value;
        var clientId = await CreateClientAsync([Modules.Members]);

        using var response = await ea.PutAsJsonAsync($"/api/v1/admin/partner-clients/{clientId}/jwks", new { keys = new[] { jwk } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([$"keys[0].{member}"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancel))!.Errors.Keys);
    }

    [Theory]
    [InlineData(Roles.Loa)]
    [InlineData(Roles.PlanStaff)]
    [InlineData(Roles.Partner)]
    public async Task SMART_Backend_Services_ACC_06_only_the_EA_registers_a_partners_keys(string role)
    {
        using var caller = service.ClientWith(TestTokens.For(role, [.. Modules.All]));

        using var response = await caller.PutAsJsonAsync($"/api/v1/admin/partner-clients/{DemoSeed.PartnerClientId}/jwks", Jwks(PartnerKeys.Rsa("rsa-1")), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SMART_Backend_Services_registering_keys_for_an_unknown_client_is_not_found()
    {
        using var response = await ea.PutAsJsonAsync("/api/v1/admin/partner-clients/no-such-client/jwks", Jwks(PartnerKeys.Rsa("rsa-1")), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SMART_Backend_Services_the_secret_flow_still_works_and_a_scope_narrows_it_too()
    {
        using var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoSeed.PartnerClientId}:{DemoSeed.PartnerSecret}")));

        using var all = await client.PostAsync("/api/v1/token", Form(new() { ["grant_type"] = "client_credentials" }), Cancel);
        using var narrowed = await client.PostAsync("/api/v1/token", Form(new() { ["grant_type"] = "client_credentials", ["scope"] = "system/Coverage.read" }), Cancel);

        // No scope: the client's permissions as before, and the SMART scopes they amount to.
        var whole = await all.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(string.Join(' ', SmartScopes.Published), whole.GetProperty("scope").GetString());
        Assert.Equal([Modules.Claims, Modules.Disputes, Modules.Members, Modules.Referrals], Permissions(whole).Order());
        Assert.Equal([Modules.Members], Permissions(await narrowed.Content.ReadFromJsonAsync<JsonElement>(Cancel)));
    }

    [Fact]
    public async Task SMART_Backend_Services_an_assertion_and_a_secret_together_are_refused()
    {
        var keys = PartnerKeys.Rsa("rsa-1");
        var clientId = await RegisteredClientAsync(keys);

        using var response = await service.CreateClient().PostAsync("/api/v1/token", Form(new()
        {
            ["grant_type"] = "client_credentials", ["client_assertion_type"] = JwtBearer,
            ["client_assertion"] = keys.Assertion(clientId, GatewayTokenUrl), ["client_secret"] = "anything",
        }), Cancel);

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task SMART_Backend_Services_another_grant_type_is_unsupported_grant_type()
    {
        using var response = await service.CreateClient().PostAsync("/api/v1/token", Form(new() { ["grant_type"] = "authorization_code" }), Cancel);

        await response.AssertRefusedAsync(HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task SMART_Backend_Services_discovery_names_the_token_endpoint_as_the_caller_reached_it()
    {
        using var client = service.CreateClient();
        using var viaGateway = new HttpRequestMessage(HttpMethod.Get, "/.well-known/smart-configuration");
        viaGateway.Headers.Add("X-Gateway-Prefix", "/api/identity");

        var direct = await client.GetFromJsonAsync<JsonElement>("/.well-known/smart-configuration", Cancel);
        using var gatewayResponse = await client.SendAsync(viaGateway, Cancel);
        var gateway = await gatewayResponse.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(ServiceTokenUrl, direct.GetProperty("token_endpoint").GetString());
        Assert.Equal(GatewayTokenUrl, gateway.GetProperty("token_endpoint").GetString());
        Assert.Equal(["RS384", "ES384"], Strings(direct, "token_endpoint_auth_signing_alg_values_supported"));
        Assert.Equal(["private_key_jwt", "client_secret_basic", "client_secret_post"], Strings(direct, "token_endpoint_auth_methods_supported"));
        Assert.Equal(["client-confidential-asymmetric"], Strings(direct, "capabilities"));
        Assert.Contains("system/Claim.write", Strings(direct, "scopes_supported"));
    }

    private async Task<string> CreateClientAsync(IReadOnlyList<string> permissions)
    {
        var clientId = $"test-{Guid.NewGuid():N}";
        await service.QueryAsync(async db =>
        {
            db.PartnerClients.Add(new PartnerClient
            {
                ClientId = clientId, Name = "Test partner", NetworkCode = DemoSeed.PartnerNetwork,
                SecretHash = ClientCredentials.HashSecret(Guid.NewGuid().ToString()), Permissions = [.. permissions], CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return clientId;
    }

    /// <summary>A client with the demo partner's permissions whose JWKS the EA registered through the admin API.</summary>
    private async Task<string> RegisteredClientAsync(PartnerKeys keys, IReadOnlyList<string>? permissions = null)
    {
        var clientId = await CreateClientAsync(permissions ?? [Modules.Members, Modules.Claims, Modules.Referrals, Modules.Disputes]);
        using var response = await ea.PutAsJsonAsync($"/api/v1/admin/partner-clients/{clientId}/jwks", Jwks(keys), Cancel);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return clientId;
    }

    private Task<HttpResponseMessage> RequestTokenAsync(string assertion, string? scope = null, string? formClientId = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_assertion_type"] = JwtBearer, ["client_assertion"] = assertion,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        if (formClientId is not null)
        {
            form["client_id"] = formClientId;
        }

        return service.CreateClient().PostAsync("/api/v1/token", Form(form), Cancel);
    }

    private static object Jwks(PartnerKeys keys) => new { keys = new[] { keys.PublicJwk } };

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    private static IEnumerable<string> Permissions(JsonElement tokenResponse) =>
        new JsonWebToken(tokenResponse.GetProperty("access_token").GetString()).Claims.Where(c => c.Type == PlatformClaims.Permission).Select(c => c.Value);

    private static string[] Strings(JsonElement document, string property) =>
        [.. document.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
