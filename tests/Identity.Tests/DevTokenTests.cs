using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class DevTokenTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task ACC_02_a_persona_token_carries_its_roles_and_module_permissions()
    {
        using var client = service.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/v1/dev-tokens", new { persona = "loa" }, TestContext.Current.CancellationToken);
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal([Roles.Loa], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equivalent(Modules.All, me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList());
    }

    [Theory]
    [InlineData("""{"persona":"root"}""")]
    [InlineData("""{}""")]
    public async Task An_unknown_persona_is_a_problem_naming_persona(string body)
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsync("/api/v1/dev-tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal(["persona"], problem!.Errors.Keys);
    }
}

public sealed class ProductionDevTokenTests(ProductionIdentityFixture service) : IClassFixture<ProductionIdentityFixture>
{
    [Fact]
    public async Task Outside_Development_there_is_no_sign_in_without_credentials()
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/dev-tokens", new { persona = "loa" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
