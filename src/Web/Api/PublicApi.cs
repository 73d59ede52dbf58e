namespace Platform.Web.Api;

/// <summary>
/// The platform's public answers (the prior-authorization metrics CMS-0057-F has the plan publish), called through the
/// gateway without a token, for pages anyone may open signed in or not. Only routes the gateway opens without a token
/// answer it; everything else is <see cref="PortalApi"/>'s, as the signed-in user.
/// </summary>
public sealed class PublicApi(HttpClient gateway, IHttpContextAccessor http)
{
    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // The gateway limits callers without a token by address: name the browser's (as sign-in does), not this app's, which all share.
        if (http.HttpContext?.Connection.RemoteIpAddress is { } browser)
        {
            request.Headers.Add("X-Forwarded-For", browser.ToString());
        }

        using var response = await gateway.SendAsync(request, cancellationToken);
        return await ApiResponses.ReadAsync<T>(response, cancellationToken);
    }
}
