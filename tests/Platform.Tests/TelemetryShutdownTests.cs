using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests;

/// <summary>The spans a service records just before it stops still reach the collector (OTLP over HTTP).</summary>
public sealed class TelemetryShutdownTests : IAsyncLifetime
{
    // The batch exporter sends every 5 s (OTEL_BSP_SCHEDULE_DELAY's default); a stop well within that must flush.
    private static readonly TimeSpan ExportDelay = TimeSpan.FromSeconds(5);
    private readonly ConcurrentQueue<byte[]> traceBatches = new();
    private WebApplication collector = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        collector = builder.Build();
        collector.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            traceBatches.Enqueue(body.ToArray());
            return Results.Ok();
        });
        collector.MapPost("/v1/{signal}", () => Results.Ok());
        await collector.StartAsync();
    }

    [Fact]
    public async Task A_service_that_stops_sends_its_last_spans_before_the_exporter_would_and_leaves_probes_out()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single();
        builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        builder.AddServiceDefaults();
        var service = builder.Build();
        service.MapDefaultEndpoints();
        service.MapGet("/ping", () => "pong");
        await service.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(service.Urls.Single()) };

        var clock = Stopwatch.StartNew();
        using var probe = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        using var ping = await client.GetAsync("/ping", TestContext.Current.CancellationToken);
        await service.StopAsync(TestContext.Current.CancellationToken);
        await service.DisposeAsync();
        clock.Stop();

        Assert.True(clock.Elapsed < ExportDelay, $"Stopping took {clock.Elapsed}: the exporter's own timer may have sent the batch.");
        // Server spans are named after their route; this test's own client spans (named "GET") name no route.
        var spans = Encoding.UTF8.GetString([.. traceBatches.SelectMany(batch => batch)]);
        Assert.Contains("GET /ping", spans);
        Assert.DoesNotContain($"GET {Health.HealthPath}", spans);
    }

    public async ValueTask DisposeAsync() => await collector.DisposeAsync();
}
