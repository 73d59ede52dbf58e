using System.Net;
using System.Text.Json;
using Xunit;

namespace Platform.Identity.Tests;

internal static class IdentityAssertions
{
    /// <summary>Asserts an RFC 9457 refusal with its machine-readable code (invalid_credentials, locked_out, …).</summary>
    public static async Task AssertRefusedAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }
}
