using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Roster.Tests;

public sealed class RosterDocumentTests(RosterFixture service) : IClassFixture<RosterFixture>
{
    [Theory]
    [InlineData("/api/v1/rosters", "get", "200 400 401 403")]
    [InlineData("/api/v1/rosters/providers", "get", "200 400 401 403")]
    [InlineData("/api/v1/rosters/{npi}/members", "get", "200 400 401 403 404")]
    [InlineData("/api/v1/rosters/entries", "post", "200 201 400 401 403 404")]
    [InlineData("/api/v1/rosters/entries/{entryId}", "delete", "204 400 401 403 404")]
    public async Task RST_01_to_04_the_OpenAPI_document_declares_every_status_of_each_roster_operation(string path, string method, string statuses)
    {
        using var anonymous = service.CreateClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(statuses.Split(' '), operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }

    [Theory]
    [InlineData("/api/v1/rosters", "get")]
    [InlineData("/api/v1/rosters/{npi}/members", "get")]
    [InlineData("/api/v1/rosters/entries", "post")]
    public async Task RST_04_the_roster_is_documented_as_the_members_needing_BH_P4V_supplemental_documentation(string path, string method)
    {
        using var anonymous = service.CreateClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("supplemental documentation the BH P4V program needs", document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("summary").GetString());
    }
}
