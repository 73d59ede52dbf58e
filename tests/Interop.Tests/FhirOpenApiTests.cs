using System.Net.Http.Json;
using System.Text.Json;
using Platform.Interop.Fhir;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Issue 18 item 6: the FHIR operations in the gateway's OpenAPI declare their errors as what they are, OperationOutcomes.</summary>
[Collection(InteropCollection.Name)]
public sealed class FhirOpenApiTests(InteropFixture fixture)
{
    [Fact]
    public async Task Every_error_a_FHIR_operation_declares_is_an_OperationOutcome_in_fhir_json()
    {
        var paths = await PathsAsync();

        var errors = (from path in paths.EnumerateObject()
                      where path.Name.StartsWith(FhirJson.BasePath + "/", StringComparison.Ordinal)
                      from operation in path.Value.EnumerateObject()
                      from response in operation.Value.GetProperty("responses").EnumerateObject()
                      where response.Name[0] is '4' or '5'
                      select (Where: $"{operation.Name} {path.Name} {response.Name}", Content: response.Value.GetProperty("content"))).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal([FhirJson.MediaType], error.Content.EnumerateObject().Select(media => media.Name)));
    }

    [Theory]
    [InlineData("/fhir/r4/Claim/$submit")]
    [InlineData("/fhir/r4/Claim/$inquire")]
    public async Task A_PAS_operation_declares_its_200_400_401_403_404_409(string path)
    {
        var responses = (await PathsAsync()).GetProperty(path).GetProperty("post").GetProperty("responses");

        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty(FhirJson.MediaType, out _));
        Assert.All(new[] { "400", "401", "403", "404", "409" }, status => Assert.True(responses.TryGetProperty(status, out _), status));
    }

    private async Task<JsonElement> PathsAsync()
    {
        using var anonymous = fixture.Gateway();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/interop/openapi/v1.json", TestContext.Current.CancellationToken);
        return document.GetProperty("paths");
    }
}
