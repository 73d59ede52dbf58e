using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Platform.Identity.Keys;
using Platform.Identity.Seed;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>Sign-in and token checks as a browser or partner meets them: through the gateway, against the real identity service.</summary>
[Collection(SecuredPlatform.Name)]
public sealed class AccessFlowTests(SecuredPlatformFixture platform)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_05_a_wrong_password_is_refused_at_sign_in()
    {
        using var gateway = platform.Gateway();

        using var response = await gateway.PostAsJsonAsync(SignIn.ThroughGateway, new { email = DemoSeed.PlanStaff.Email, password = "wrong password here" }, Cancel);

        await AssertRefusedAsync(response, "invalid_credentials");
    }

    [Fact]
    public async Task ACC_05_a_failed_sign_in_counts_against_the_callers_address_as_the_gateway_forwards_it()
    {
        // A browser's address as a proxy in front of the gateway names it (the web app does so for its sign-ins).
        var browser = $"2001:db8::{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}";
        using var gateway = platform.Gateway();
        using var request = new HttpRequestMessage(HttpMethod.Post, SignIn.ThroughGateway)
        {
            Content = JsonContent.Create(new { email = $"{Guid.NewGuid():N}@test.example", password = "a guess" }),
        };
        request.Headers.Add("X-Forwarded-For", browser);

        using var response = await gateway.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, "invalid_credentials");
        await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync("identitydb"));
        await connection.OpenAsync(Cancel);
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM sign_in_failures WHERE "ClientAddress" = @browser""", connection);
        count.Parameters.AddWithValue("browser", browser);
        Assert.Equal(1L, await count.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task ACC_05_an_account_locks_after_repeated_failures()
    {
        var (email, password) = await NewUserAsync();
        using var gateway = platform.Gateway();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await gateway.PostAsJsonAsync(SignIn.ThroughGateway, new { email, password = $"wrong guess {attempt}" }, Cancel)).Dispose();
        }

        using var response = await gateway.PostAsJsonAsync(SignIn.ThroughGateway, new { email, password }, Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("locked_out", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ACC_05_a_deactivated_user_cannot_sign_in_and_their_session_ends()
    {
        var (email, password) = await NewUserAsync();
        using var gateway = platform.Gateway();
        var session = await (await gateway.PostAsJsonAsync(SignIn.ThroughGateway, new { email, password }, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var loa = platform.As(Persona.HarborLoa);
        var id = (await loa.GetFromJsonAsync<JsonElement>($"/api/identity/v1/admin/users?search={Uri.EscapeDataString(email)}", Cancel)).GetProperty("items")[0].GetProperty("id").GetString();

        (await loa.PostAsync($"/api/identity/v1/admin/users/{id}/deactivation", null, Cancel)).EnsureSuccessStatusCode();
        using var signIn = await gateway.PostAsJsonAsync(SignIn.ThroughGateway, new { email, password }, Cancel);
        using var refresh = await gateway.PostAsJsonAsync($"{SignIn.ThroughGateway}/refresh", new { refreshToken = session.GetProperty("refreshToken").GetString() }, Cancel);

        await AssertRefusedAsync(signIn, "deactivated");
        // Deactivation revoked every refresh token of theirs.
        await AssertRefusedAsync(refresh, "invalid_grant");
        // The access token already handed out lapses within minutes.
        var access = new JsonWebToken(session.GetProperty("accessToken").GetString());
        Assert.InRange(access.ValidTo - access.ValidFrom, TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task An_expired_token_signed_with_identitys_real_key_gets_401()
    {
        var expired = TestTokens.Issue("late", [Roles.Ea], Modules.All, [], key: await IdentitySigningKeyAsync(), expires: DateTime.UtcNow.AddMinutes(-2));

        await AssertUnauthorizedEverywhereAsync(expired);
    }

    [Fact]
    public async Task A_tampered_token_gets_401()
    {
        using var gateway = platform.Gateway();
        var token = await SignIn.TokenAsync(gateway, DemoSeed.ProviderUser);
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.DecodeBytes(parts[1]))!;
        payload[PlatformClaims.Role] = JsonSerializer.SerializeToElement(Roles.PlanStaff);

        await AssertUnauthorizedEverywhereAsync($"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}");
    }

    [Fact]
    public async Task A_token_signed_with_a_foreign_key_under_identitys_key_id_gets_401()
    {
        var kid = (await IdentitySigningKeyAsync()).KeyId!;

        await AssertUnauthorizedEverywhereAsync(TestTokens.Issue("mallory", [Roles.Ea], Modules.All, [], key: TestTokens.NewKey(kid)));
    }

    /// <summary>The gateway refuses it, and so does each service reached past the gateway (defense in depth).</summary>
    private async Task AssertUnauthorizedEverywhereAsync(string token)
    {
        using var gateway = platform.Gateway(token);
        using var claims = platform.App.CreateHttpClient("claims");
        claims.DefaultRequestHeaders.Authorization = new("Bearer", token);

        using var throughGateway = await gateway.GetAsync($"/api/claims/v1/claims/{platform.Placeholders["claim:own"]}", Cancel);
        using var direct = await claims.GetAsync($"/api/v1/claims/{platform.Placeholders["claim:own"]}", Cancel);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (throughGateway.StatusCode, direct.StatusCode));
    }

    /// <summary>A person created by Harbor's LOA, who has replaced the one-time password with their own.</summary>
    private async Task<(string Email, string Password)> NewUserAsync()
    {
        var email = $"{Guid.NewGuid():N}@harbor.example";
        const string password = "a passphrase of one's own";
        using var loa = platform.As(Persona.HarborLoa);
        using var created = await loa.PostAsJsonAsync("/api/identity/v1/admin/users",
            new { email, name = "New Office User", roles = new[] { Roles.User }, permissions = new[] { Modules.Members } }, Cancel);
        created.EnsureSuccessStatusCode();
        var oneTime = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("oneTimePassword").GetString();
        using var gateway = platform.Gateway();
        (await gateway.PostAsJsonAsync("/api/identity/v1/account/password", new { email, currentPassword = oneTime, newPassword = password }, Cancel))
            .EnsureSuccessStatusCode();
        return (email, password);
    }

    /// <summary>The key identity signs with now, read from its database and unsealed with the key-encryption key the fixture gave it.</summary>
    private async Task<RsaSecurityKey> IdentitySigningKeyAsync()
    {
        await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync("identitydb"));
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(
            "SELECT \"KeyId\", \"ProtectedPrivateKey\" FROM signing_keys WHERE \"ActivatesAt\" <= now() ORDER BY \"ActivatesAt\" DESC", connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var encryption = new KeyEncryption(Convert.FromBase64String(platform.KeyEncryptionKey));
        while (await reader.ReadAsync(Cancel))
        {
            if (encryption.Unprotect((byte[])reader[1]) is { } pkcs8)
            {
                var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(pkcs8, out _);
                return new RsaSecurityKey(rsa) { KeyId = reader.GetString(0) };
            }
        }

        throw new InvalidOperationException("No signing key of this run was found.");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
    }
}
