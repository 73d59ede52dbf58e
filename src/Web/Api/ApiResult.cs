using System.Net;
using System.Text.Json;

namespace Platform.Web.Api;

/// <summary>An RFC 9457 answer from the platform: what the page shows, and the field each message belongs to.</summary>
public sealed record ApiProblem(HttpStatusCode Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ProblemBody>(JsonSerializerOptions.Web, cancellationToken);
            return new ApiProblem(response.StatusCode, body?.Title ?? response.ReasonPhrase ?? "The request failed.", body?.Detail,
                body?.Errors ?? new Dictionary<string, string[]>());
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return new ApiProblem(response.StatusCode, response.ReasonPhrase ?? "The request failed.", null, new Dictionary<string, string[]>());
        }
    }

    /// <summary>The messages for one field (the API's camelCase name), empty when it has none.</summary>
    public IReadOnlyList<string> For(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}

/// <summary>Either the API's value or its problem.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}

public static class ApiResponses
{
    /// <summary>The value of a successful answer (none for 204), else its problem.</summary>
    public static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        !response.IsSuccessStatusCode
            ? new ApiResult<T>(default, await ApiProblem.ReadAsync(response, cancellationToken))
            : new ApiResult<T>(response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken), null);
}
