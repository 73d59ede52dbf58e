using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using Platform.Web.Session;

namespace Platform.Web.Api;

/// <summary>
/// The platform as the signed-in user: every call goes through the gateway with the session's access token, held
/// on the server (<see cref="SessionTokens"/>), never sent to the browser.
/// </summary>
public class PortalApi(HttpClient gateway, SessionTokens tokens, IHttpContextAccessor http)
{
    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, Json(body), cancellationToken);

    /// <summary>
    /// A POST the API makes once per key (its Idempotency-Key header): the same key on a retry answers with what the
    /// first attempt made (DSP-02's submission).
    /// </summary>
    public Task<ApiResult<T>> PostOnceAsync<T>(string path, object body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, Json(body), cancellationToken, request => request.Headers.Add("Idempotency-Key", idempotencyKey));

    /// <summary>A body the caller streams (a multipart upload), sent on as it is read, never held whole in this process.</summary>
    public Task<ApiResult<T>> PostContentAsync<T>(string path, HttpContent content, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, content, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, Json(body), cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Delete, path, null, cancellationToken);

    /// <summary>A download (a CSV, a PDF) as the platform sends it, for the web app to pass on to the browser.</summary>
    public async Task<ApiResult<PortalFile>> GetFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        if (response is null || !response.IsSuccessStatusCode)
        {
            return new ApiResult<PortalFile>(default, response is null ? SessionEnded : await ApiProblem.ReadAsync(response, cancellationToken));
        }

        return new ApiResult<PortalFile>(new PortalFile(
            await response.Content.ReadAsByteArrayAsync(cancellationToken),
            response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')), null);
    }

    /// <summary>
    /// A large download (a workbook) passed on as it arrives rather than held here whole: the open response, which the
    /// caller disposes once it has sent the body on; or the problem.
    /// </summary>
    public async Task<ApiResult<HttpResponseMessage>> GetStreamedFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken, completion: HttpCompletionOption.ResponseHeadersRead);
        if (response is { IsSuccessStatusCode: true })
        {
            return new ApiResult<HttpResponseMessage>(response, null);
        }

        using (response)
        {
            return new ApiResult<HttpResponseMessage>(default, response is null ? SessionEnded : await ApiProblem.ReadAsync(response, cancellationToken));
        }
    }

    private static readonly ApiProblem SessionEnded =
        new(HttpStatusCode.Unauthorized, "Your session has ended. Sign in again.", null, new Dictionary<string, string[]>());

    private static JsonContent? Json(object? body) => body is null ? null : JsonContent.Create(body, options: JsonSerializerOptions.Web);

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken,
        Action<HttpRequestMessage>? prepare = null)
    {
        using var response = await SendAsync(method, path, content, cancellationToken, prepare);
        return response is null ? new ApiResult<T>(default, SessionEnded) : await ApiResponses.ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>The gateway's answer, or null when the session has no access token any more.</summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken,
        Action<HttpRequestMessage>? prepare = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var accessToken = await tokens.AccessTokenAsync(http.HttpContext!, cancellationToken);
        if (accessToken is null)
        {
            return null;
        }

        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Content = content;
        prepare?.Invoke(request);
        return await gateway.SendAsync(request, completion, cancellationToken);
    }
}

/// <summary>The same calls for an upload streamed through (DSP-05), with an upload's deadline (<see cref="GatewayClientRegistration"/>).</summary>
public sealed class PortalUploadApi(HttpClient gateway, SessionTokens tokens, IHttpContextAccessor http) : PortalApi(gateway, tokens, http)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromMinutes(15);
}

/// <summary>A file from the platform: its bytes, media type and the name it is saved under.</summary>
public sealed record PortalFile(byte[] Content, string ContentType, string? FileName);

public static class GatewayClientRegistration
{
    /// <summary>The gateway's address from services__gateway__http__0, as the AppHost (or Kubernetes) passes it.</summary>
    public static IHostApplicationBuilder AddGatewayClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<PortalApi>(client => client.BaseAddress = new Uri("http://gateway"));
        builder.Services.AddHttpClient<IdentityClient>(client => client.BaseAddress = new Uri("http://gateway"));
        builder.Services.AddHttpClient<PublicApi>(client => client.BaseAddress = new Uri("http://gateway"));
        // DSP-05: an upload streams at the browser's pace — 125 MB over a 10 Mbit/s office line takes minutes — so it
        // gets its own deadline instead of the standard 10 s per attempt and 30 s in all (never retried: a POST).
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental: the one way to drop the default pipeline for one client.
        builder.Services.AddHttpClient<PortalUploadApi>(client =>
            {
                client.BaseAddress = new Uri("http://gateway");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("upload", pipeline => pipeline.AddTimeout(PortalUploadApi.Deadline));
#pragma warning restore EXTEXP0001
        return builder;
    }
}
