using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Dispute.Tests;

public sealed class DeadlinesTests(DisputeFixture service) : IClassFixture<DisputeFixture>
{
    [Fact]
    public async Task DSP_04_the_filing_deadline_is_365_calendar_days_after_the_last_determination()
    {
        using var client = service.ClientWith(TestTokens.For(Roles.User, Modules.Disputes));

        var deadline = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines/filing?lastDetermination=2027-03-01", TestContext.Current.CancellationToken);

        Assert.Equal("""{"fileBy":"2028-02-29"}""", deadline.GetRawText());
    }

    [Fact]
    public async Task DSP_06_DSP_07_a_dispute_received_before_Thanksgiving_is_acknowledged_in_2_and_decided_in_45_working_days()
    {
        using var client = service.ClientWith(TestTokens.For(Roles.User, Modules.Disputes));

        var deadlines = await client.GetFromJsonAsync<JsonElement>("/api/v1/deadlines/decision?received=2026-11-02", TestContext.Current.CancellationToken);

        Assert.Equal("""{"decideBy":"2027-01-11","acknowledgeBy":"2026-11-04"}""", deadlines.GetRawText());
    }

    [Theory]
    [InlineData("filing", "lastDetermination", "")] // missing
    [InlineData("filing", "lastDetermination", "?lastDetermination=")]
    [InlineData("filing", "lastDetermination", "?lastDetermination=2027-02-30")]
    [InlineData("filing", "lastDetermination", "?lastDetermination=soon")]
    [InlineData("filing", "lastDetermination", "?lastDetermination=0001-01-01")]
    [InlineData("filing", "lastDetermination", "?lastDetermination=9999-12-31")]
    [InlineData("decision", "received", "")]
    [InlineData("decision", "received", "?received=2026-13-01")]
    [InlineData("decision", "received", "?received=2023-12-29")] // before the holiday table
    [InlineData("decision", "received", "?received=2030-11-01")] // decided in 2031, past it
    [InlineData("decision", "received", "?received=9999-12-31")]
    public async Task DSP_07_a_missing_malformed_or_uncounted_date_is_a_400_naming_it(string deadline, string field, string query)
    {
        using var client = service.ClientWith(TestTokens.For(Roles.User, Modules.Disputes));

        using var response = await client.GetAsync($"/api/v1/deadlines/{deadline}{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Equal([field], problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_caller_without_the_Disputes_permission_is_refused()
    {
        using var client = service.ClientWith(TestTokens.For(Roles.User, Modules.Claims));

        using var response = await client.GetAsync("/api/v1/deadlines/decision?received=2026-11-02", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/deadlines/filing", "lastDetermination")]
    [InlineData("/api/v1/deadlines/decision", "received")]
    public async Task The_OpenAPI_document_declares_each_deadline_with_its_date_and_every_status(string path, string parameter)
    {
        using var anonymous = service.CreateClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.Equal("date", operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == parameter)
            .GetProperty("schema").GetProperty("format").GetString());
        Assert.Equal(["200", "400", "401", "403"], operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }
}
