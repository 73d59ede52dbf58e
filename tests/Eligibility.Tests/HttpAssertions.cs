using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Eligibility.Tests;

internal static class HttpAssertions
{
    /// <summary>An RFC 9457 400 whose errors name exactly this field.</summary>
    public static async Task AssertFieldRejectedAsync(this HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    public static async Task<T> OkAsync<T>(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web))!;
    }
}
