using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests;

/// <summary>What every service inherits from ServiceDefaults when something goes wrong.</summary>
public sealed class ProblemResponseTests : IAsyncLifetime
{
    private const string Secret = "Password=hunter2";
    private WebApplication app = null!;

    public async ValueTask InitializeAsync()
    {
        // Development on purpose: it is where ASP.NET Core would otherwise show its exception page.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGet("/crash", IResult () => throw new InvalidOperationException($"could not open {Secret}"));
        // How a save fails while PostgreSQL restarts: EF Core wraps Npgsql's transient failure twice.
        app.MapPost("/save-during-outage", IResult () => throw new InvalidOperationException("transient",
            new DbUpdateException("save failed", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))));
        await app.StartAsync();
    }

    [Fact]
    public async Task An_unhandled_error_is_a_500_problem_with_a_trace_id_and_no_exception_text_or_stack()
    {
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/crash", TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"traceId\"", body);
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
        Assert.DoesNotContain(" at ", body);
    }

    [Fact]
    public async Task A_database_out_of_reach_is_a_503_problem_to_retry_not_a_500()
    {
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/save-during-outage", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/no-such-thing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Liveness_needs_no_dependency()
    {
        using var client = app.GetTestClient();

        using var response = await client.GetAsync("/alive", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
