using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Web.Session;

namespace Platform.Web.Api;

/// <summary>
/// The platform as the signed-in user: every call goes through the gateway with the session's access token, held
/// on the server (<see cref="SessionTokens"/>), never sent to the browser.
/// </summary>
public sealed class PortalApi(HttpClient gateway, SessionTokens tokens, IHttpContextAccessor http)
{
    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var accessToken = await tokens.AccessTokenAsync(http.HttpContext!, cancellationToken);
        if (accessToken is null)
        {
            return new ApiResult<T>(default, new ApiProblem(HttpStatusCode.Unauthorized, "Your session has ended. Sign in again.", null,
                new Dictionary<string, string[]>()));
        }

        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        }

        using var response = await gateway.SendAsync(request, cancellationToken);
        return await ApiResponses.ReadAsync<T>(response, cancellationToken);
    }
}

public static class GatewayClientRegistration
{
    /// <summary>The gateway's address from services__gateway__http__0, as the AppHost (or Kubernetes) passes it.</summary>
    public static IHostApplicationBuilder AddGatewayClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<PortalApi>(client => client.BaseAddress = new Uri("http://gateway"));
        builder.Services.AddHttpClient<IdentityClient>(client => client.BaseAddress = new Uri("http://gateway"));
        return builder;
    }
}
