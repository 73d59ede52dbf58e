using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
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
