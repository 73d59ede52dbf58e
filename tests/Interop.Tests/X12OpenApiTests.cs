using System.Net.Http.Json;
using System.Text.Json;
using Platform.Interop.X12;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Issue 18 item 6: each X12 endpoint in the gateway's OpenAPI, with the X12 body it takes and every status it answers.</summary>
[Collection(InteropCollection.Name)]
public sealed class X12OpenApiTests(InteropFixture fixture)
{
    [Theory]
    [InlineData("/x12/270")]
    [InlineData("/x12/276")]
    public async Task The_endpoint_declares_its_X12_body_and_its_200_400_401_403(string path)
    {
        using var anonymous = fixture.Gateway();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/interop/openapi/v1.json", TestContext.Current.CancellationToken);

        var post = document.GetProperty("paths").GetProperty(path).GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty(X12Body.MediaType, out _));
        var responses = post.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty(X12Body.MediaType, out _));
        Assert.All(new[] { "400", "401", "403", "413" }, status => Assert.True(responses.TryGetProperty(status, out _), status));
    }
}
