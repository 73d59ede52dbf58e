using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Web.Api;

namespace Platform.Web.Session;

public sealed record SessionResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, int RefreshExpiresIn);

/// <summary>Identity's session endpoints, through the gateway: sign-in, refresh, revocation and "who am I".</summary>
public sealed class IdentityClient(HttpClient gateway)
{
    public Task<ApiResult<SessionResponse>> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        PostAsync<SessionResponse>("/api/identity/v1/sessions", new { email, password }, cancellationToken);

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

    private async Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await gateway.PostAsJsonAsync(path, body, JsonSerializerOptions.Web, cancellationToken);
        return await ApiResponses.ReadAsync<T>(response, cancellationToken);
    }
}
