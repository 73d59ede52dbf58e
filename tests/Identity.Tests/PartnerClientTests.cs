using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.Identity.Seed;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class PartnerClientTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_06_client_credentials_give_a_partner_token_scoped_to_its_network()
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsync("/api/v1/token", Form(DemoSeed.PartnerClientId, DemoSeed.PartnerSecret), Cancel);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("access_token").GetString()!;
        var me = await service.ClientWith(token).GetFromJsonAsync<JsonElement>("/api/v1/me", Cancel);

        Assert.Equal((Roles.Partner, DemoSeed.PartnerNetwork), (me.GetProperty("roles")[0].GetString(), me.GetProperty("network").GetString()));
    }

    [Fact]
    public async Task A_client_may_authenticate_with_HTTP_Basic()
    {
        using var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoSeed.PartnerClientId}:{DemoSeed.PartnerSecret}")));

        using var response = await client.PostAsync("/api/v1/token",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_as_an_invalid_client()
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsync("/api/v1/token", Form(DemoSeed.PartnerClientId, "guessed-secret"), Cancel);

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Another_grant_type_is_a_problem_naming_grant_type()
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsync("/api/v1/token",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["grant_type"], (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Cancel))!.Errors.Keys);
    }

    private static FormUrlEncodedContent Form(string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });
}
