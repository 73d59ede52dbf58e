using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Keys;
using Platform.Identity.Seed;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class TokenValidationTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_JWKS_publishes_the_public_half_of_the_key_that_signed_a_token()
    {
        var token = new JsonWebToken((await service.SignInAsync(DemoSeed.PlanStaff.Email)).GetProperty("accessToken").GetString());
        using var client = service.CreateClient();

        var discovery = await client.GetFromJsonAsync<JsonElement>(AuthOptions.DiscoveryPath, Cancel);
        var jwks = await client.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery, Cancel);

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("kid").GetString() == token.Kid);
        Assert.Equal(("RSA", "RS256"), (key.GetProperty("kty").GetString(), key.GetProperty("alg").GetString()));
        Assert.False(key.TryGetProperty("d", out _), "A private exponent must never be published.");
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var token = (await service.SignInAsync(DemoSeed.ProviderUser.Email)).GetProperty("accessToken").GetString()!;
        var parts = token.Split('.');
        // The same signature over a payload that claims the EA role.
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64Url(parts[1]))!;
        payload[PlatformClaims.Role] = JsonSerializer.SerializeToElement(Roles.Ea);
        var tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";

        using var response = await service.ClientWith(tampered).GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_a_foreign_key_under_a_published_key_id_is_refused()
    {
        var kid = new JsonWebToken((await service.SignInAsync(DemoSeed.PlanStaff.Email)).GetProperty("accessToken").GetString()).Kid;
        var forged = TestTokens.Issue("mallory", [Roles.Ea], Modules.All, [], key: TestTokens.NewKey(kid));

        using var response = await service.ClientWith(forged).GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_signed_with_the_real_key_is_refused()
    {
        var credentials = await service.Services.GetRequiredService<SigningKeyStore>().SigningCredentialsAsync(Cancel);
        var expired = TestTokens.Issue("late", [Roles.PlanStaff], [Modules.Claims], [], key: credentials.Key, expires: DateTime.UtcNow.AddMinutes(-2));

        using var response = await service.ClientWith(expired).GetAsync("/api/v1/me", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static byte[] Base64Url(string part) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(part);
}
