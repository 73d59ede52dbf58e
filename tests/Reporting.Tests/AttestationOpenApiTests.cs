using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Reporting.Tests;

public sealed class AttestationOpenApiTests(ReportingFixture service) : IClassFixture<ReportingFixture>
{
    [Theory]
    [InlineData("/api/v1/attestations/due-date", "get", new[] { "200", "400", "401", "403" })]
    [InlineData("/api/v1/attestations", "get", new[] { "200", "400", "401", "403" })]
    [InlineData("/api/v1/attestations", "post", new[] { "200", "201", "400", "401", "403", "404" })]
    [InlineData("/api/v1/attestations/providers/{npi}", "get", new[] { "200", "400", "401", "403", "404" })]
    [InlineData("/api/v1/attestations/{attestationId}", "get", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/v1/attestations/{attestationId}/materials/{code}/opened", "post", new[] { "200", "401", "403", "404" })]
    [InlineData("/api/v1/attestations/{attestationId}/submission", "post", new[] { "200", "400", "401", "403", "404", "409" })]
    public async Task RPT_04_05_each_attestation_endpoint_documents_every_status_it_answers(string path, string method, string[] statuses)
    {
        using var anonymous = service.CreateClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(statuses, operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }
}
