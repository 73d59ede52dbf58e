using System.Net.Http.Json;
using System.Text.Json;
using Platform.Identity.Seed;
using Xunit;

namespace Platform.Tests;

/// <summary>Real sign-in against the identity service, as a person or the web front end does it.</summary>
public static class SignIn
{
    /// <summary>The gateway's path to the identity service's sign-in; "/api/v1/sessions" when calling identity directly.</summary>
    public const string ThroughGateway = "/api/identity/v1/sessions";

    public static async Task<JsonElement> SessionAsync(HttpClient client, DemoUser user, string path = ThroughGateway)
    {
        using var response = await client.PostAsJsonAsync(path, new { email = user.Email, password = DemoSeed.Password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static async Task<string> TokenAsync(HttpClient client, DemoUser user, string path = ThroughGateway) =>
        (await SessionAsync(client, user, path)).GetProperty("accessToken").GetString()!;

    /// <summary>The demo partner's token (network ALTAMED, ACC-06), by client credentials through the gateway.</summary>
    public static async Task<string> PartnerTokenAsync(HttpClient gateway)
    {
        using var response = await gateway.PostAsync("/api/identity/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = DemoSeed.PartnerClientId, ["client_secret"] = DemoSeed.PartnerSecret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
