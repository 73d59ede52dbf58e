using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests;

/// <summary>What every service refuses at its edge (ServiceDefaults' input guard), answered as 400 problems naming the field.</summary>
public sealed class InputGuardTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private int handled;

    public sealed record Note(string Text, string? Author);

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        app = builder.Build();
        app.MapServiceDefaults();
        app.MapGet("/search", (string? q) => Interlocked.Increment(ref handled));
        app.MapGet("/notes/{id}", (string id) => Interlocked.Increment(ref handled));
        app.MapPost("/notes", (Note note) => Interlocked.Increment(ref handled));
        app.MapPost("/form", ([FromForm] string? text) => Interlocked.Increment(ref handled)).DisableAntiforgery();
        await app.StartAsync();
    }

    [Theory]
    [InlineData("/search?q=a%00b", "q")]
    [InlineData("/search?q%01=x", "q\u0001")]
    [InlineData("/notes/a%07b", "path")]
    public async Task A_control_character_in_the_query_or_a_route_value_is_a_400_naming_it(string path, string field)
    {
        using var client = app.GetTestClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        await AssertRefusedAsync(response, field);
    }

    [Fact]
    public async Task A_control_character_in_a_JSON_string_is_a_400_naming_the_field()
    {
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/notes",
            new StringContent("""{"text":"fine","author":"Ann\u0000"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        await AssertRefusedAsync(response, "author");
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_text_and_pass()
    {
        using var client = app.GetTestClient();

        using var response = await client.PostAsJsonAsync("/notes", new Note("line one\r\n\tline two", null), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_control_character_in_a_form_field_is_a_400_naming_it()
    {
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/form",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "a\u001bb" }), TestContext.Current.CancellationToken);

        await AssertRefusedAsync(response, "text");
    }

    [Fact]
    public async Task A_form_with_more_fields_than_the_limit_is_a_400_problem_not_a_500()
    {
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/form",
            new FormUrlEncodedContent(Enumerable.Range(0, 1500).Select(i => KeyValuePair.Create($"f{i}", "x"))), TestContext.Current.CancellationToken);

        await AssertRefusedAsync(response, "form");
    }

    [Fact]
    public async Task Every_answer_forbids_caching_and_sniffing()
    {
        using var client = app.GetTestClient();

        using var ok = await client.GetAsync("/search?q=x", TestContext.Current.CancellationToken);
        using var refused = await client.GetAsync("/search?q=%00", TestContext.Current.CancellationToken);

        Assert.All([ok, refused], response =>
        {
            Assert.True(response.Headers.CacheControl?.NoStore);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        });
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors name {field}: {errors}");
        Assert.Equal(0, handled);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
