using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Referral.Tests;

/// <summary>A 400 (or other) problem answer that names the field at fault with words the submitter can act on.</summary>
public static class Problems
{
    public static async Task AssertFieldAsync(HttpResponseMessage response, HttpStatusCode status, string field, string wording)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for {field}: {body}");
        Assert.Contains(messages.EnumerateArray(), message => message.GetString()!.Contains(wording, StringComparison.Ordinal));
    }
}
