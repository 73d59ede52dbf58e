using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults;
using Polly.CircuitBreaker;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// A service calls another by name ("http://claims/...") through ServiceDefaults' HttpClient pipeline: the
/// address comes from services__claims__http__0, and transient failures of idempotent calls are retried.
/// </summary>
public sealed class ServiceDiscoveryTests : IAsyncLifetime
{
    private WebApplication backend = null!;
    private IHost? caller;
    private int failuresLeft;
    private int calls;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        backend = builder.Build();
        backend.MapMethods("/flaky", ["GET", "POST"], () =>
        {
            Interlocked.Increment(ref calls);
            return Interlocked.Decrement(ref failuresLeft) >= 0 ? Results.StatusCode(503) : Results.Ok("fine");
        });
        backend.MapPost("/busy", () =>
        {
            Interlocked.Increment(ref calls);
            return Results.StatusCode(429);
        });
        await backend.StartAsync();
    }

    [Fact]
    public async Task A_named_service_is_reached_at_its_configured_address_and_a_failing_GET_is_retried()
    {
        failuresLeft = 2;
        var client = CallerClient();

        using var response = await client.GetAsync("http://claims/flaky", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, 3), (response.StatusCode, calls));
    }

    [Fact]
    public async Task A_failing_POST_is_not_retried_because_it_may_not_be_idempotent()
    {
        failuresLeft = 1;
        var client = CallerClient();

        using var response = await client.PostAsync("http://claims/flaky", null, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 1), (response.StatusCode, calls));
    }

    [Fact]
    public async Task A_service_failing_most_calls_trips_the_circuit_and_further_calls_fail_fast_without_reaching_it()
    {
        failuresLeft = int.MaxValue;
        var client = CallerClient();
        // Every call fails, so the circuit opens as soon as the breaker has seen enough calls to judge.
        for (var i = 0; i < Resilience().CircuitBreaker.MinimumThroughput; i++)
        {
            using var failed = await client.PostAsync("http://claims/flaky", null, TestContext.Current.CancellationToken);
        }

        var callsBeforeOpen = calls;

        await Assert.ThrowsAsync<BrokenCircuitException>(
            () => client.PostAsync("http://claims/flaky", null, TestContext.Current.CancellationToken));
        Assert.Equal(callsBeforeOpen, calls);
    }

    [Fact]
    public async Task A_caller_held_back_by_a_rate_limit_does_not_open_the_circuit_for_everyone_else()
    {
        var client = CallerClient();
        for (var i = 0; i < Resilience().CircuitBreaker.MinimumThroughput; i++)
        {
            using var limited = await client.PostAsync("http://claims/busy", null, TestContext.Current.CancellationToken);
        }

        using var response = await client.PostAsync("http://claims/busy", null, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.TooManyRequests, Resilience().CircuitBreaker.MinimumThroughput + 1), (response.StatusCode, calls));
    }

    /// <summary>A client from a service built with AddServiceDefaults and the AppHost's address for "claims".</summary>
    private HttpClient CallerClient()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["services:claims:http:0"] = backend.Urls.Single();
        builder.AddServiceDefaults();
        caller = builder.Build();
        return caller.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
    }

    /// <summary>
    /// The standard pipeline's options as the caller configured them: those of the client defaults, named after the
    /// unnamed client ("") and "-standard".
    /// </summary>
    private HttpStandardResilienceOptions Resilience() =>
        caller!.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get("-standard");

    public async ValueTask DisposeAsync()
    {
        caller?.Dispose();
        await backend.DisposeAsync();
    }
}
