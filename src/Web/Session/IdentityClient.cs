using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Web.Api;

namespace Platform.Web.Session;

public sealed record SessionResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, int RefreshExpiresIn);

/// <summary>Identity's session endpoints, through the gateway: sign-in, refresh, revocation and "who am I".</summary>
public sealed class IdentityClient(HttpClient gateway)
{
    /// <summary>
    /// Names the browser's address in X-Forwarded-For: the gateway trusts it from this process (a known proxy) and
    /// identity then limits failed sign-ins per browser, not per web app, which every browser would share.
    /// </summary>
    public Task<ApiResult<SessionResponse>> SignInAsync(string email, string password, IPAddress? browser, CancellationToken cancellationToken) =>
        PostAsync<SessionResponse>("/api/identity/v1/sessions", new { email, password }, cancellationToken, browser);

    public Task<ApiResult<SessionResponse>> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        PostAsync<SessionResponse>("/api/identity/v1/sessions/refresh", new { refreshToken }, cancellationToken);

    public Task RevokeAsync(string refreshToken, CancellationToken cancellationToken) =>
        PostAsync<object>("/api/identity/v1/sessions/revocation", new { refreshToken }, cancellationToken);

    public async Task<ApiResult<PortalAccount>> AccountAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await gateway.SendAsync(request, cancellationToken);
        return await ApiResponses.ReadAsync<PortalAccount>(response, cancellationToken);
    }

    private async Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken, IPAddress? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: JsonSerializerOptions.Web) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor.ToString());
        }

        using var response = await gateway.SendAsync(request, cancellationToken);
        return await ApiResponses.ReadAsync<T>(response, cancellationToken);
    }
}
