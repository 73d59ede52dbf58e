using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// A service calls another by name ("http://claims/...") through ServiceDefaults' HttpClient pipeline: the
/// address comes from services__claims__http__0, and transient failures of idempotent calls are retried.
/// </summary>
public sealed class ServiceDiscoveryTests : IAsyncLifetime
{
    private WebApplication backend = null!;
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
        await backend.StartAsync();
    }

    [Fact]
    public async Task A_named_service_is_reached_at_its_configured_address_and_a_failing_GET_is_retried()
    {
        failuresLeft = 2;
        using var client = CallerClient();

        using var response = await client.GetAsync("http://claims/flaky", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, 3), (response.StatusCode, calls));
    }

    [Fact]
    public async Task A_failing_POST_is_not_retried_because_it_may_not_be_idempotent()
    {
        failuresLeft = 1;
        using var client = CallerClient();

        using var response = await client.PostAsync("http://claims/flaky", null, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 1), (response.StatusCode, calls));
    }

    [Fact]
    public async Task A_service_failing_most_calls_trips_the_circuit_and_further_calls_fail_fast_without_reaching_it()
    {
        failuresLeft = int.MaxValue;
        using var client = CallerClient();
        for (var i = 0; i < 10; i++)
        {
            using var failed = await client.PostAsync("http://claims/flaky", null, TestContext.Current.CancellationToken);
        }

        var callsBeforeOpen = calls;

        await Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(
            () => client.PostAsync("http://claims/flaky", null, TestContext.Current.CancellationToken));
        Assert.Equal(callsBeforeOpen, calls);
    }

    /// <summary>A client from a service built with AddServiceDefaults and the AppHost's address for "claims".</summary>
    private HttpClient CallerClient()
    {
        var address = backend.Urls.Single();
        var caller = Host.CreateApplicationBuilder();
        caller.Configuration["services:claims:http:0"] = address;
        caller.AddServiceDefaults();
        return caller.Build().Services.GetRequiredService<IHttpClientFactory>().CreateClient();
    }

    public async ValueTask DisposeAsync() => await backend.DisposeAsync();
}
