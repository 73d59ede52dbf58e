using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests;

/// <summary>PHI in a request's path or query never reaches the log; the route template does.</summary>
public sealed class RequestLogTests : IAsyncLifetime
{
    private const string Cin = "12345678A";
    private const string Born = "1990-05-17";
    private WebApplication app = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        builder.Logging.SetMinimumLevel(LogLevel.Information).AddFakeLogging();
        app = builder.Build();
        app.MapServiceDefaults();
        app.MapGet("/api/v1/members", (string? id, DateOnly? dateOfBirth) => Results.Ok());
        app.MapGet("/api/v1/members/{cin}/face-sheet", (string cin) => Results.NotFound());
        await app.StartAsync();
    }

    [Fact]
    public async Task A_request_is_logged_by_its_route_never_its_identifiers()
    {
        using var client = app.GetTestClient();

        (await client.GetAsync($"/api/v1/members?id={Cin}&dateOfBirth={Born}", TestContext.Current.CancellationToken)).Dispose();
        (await client.GetAsync($"/api/v1/members/{Cin}/face-sheet", TestContext.Current.CancellationToken)).Dispose();

        var lines = app.Services.GetFakeLogCollector().GetSnapshot().Select(record => record.Message).ToList();
        Assert.DoesNotContain(lines, line => line.Contains(Cin, StringComparison.Ordinal) || line.Contains(Born, StringComparison.Ordinal));
        Assert.Contains("GET /api/v1/members answered 200", string.Join('\n', lines));
        Assert.Contains("GET /api/v1/members/{cin}/face-sheet answered 404", string.Join('\n', lines));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
