using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Platform.ServiceDefaults;

public static class Discovery
{
    /// <summary>
    /// Every HttpClient resolves "http://claims/..." from services__claims__http__0 (Aspire's service discovery by
    /// configuration) and goes through a Polly pipeline: timeouts, retries of idempotent requests, a circuit breaker.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDiscovery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ResiliencePipelines>();
        builder.Services.AddTransient<ServiceAddressHandler>();
        builder.Services.AddTransient<ResilienceHandler>();
        builder.Services.ConfigureHttpClientDefaults(http => http
            .AddHttpMessageHandler<ResilienceHandler>()
            .AddHttpMessageHandler<ServiceAddressHandler>());
        return builder;
    }
}

/// <summary>Rewrites a request whose host is a service name to that service's configured base address.</summary>
public sealed class ServiceAddressHandler(IConfiguration configuration) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && configuration[$"services:{uri.Host}:{uri.Scheme}:0"] is { Length: > 0 } address)
        {
            request.RequestUri = new Uri(new Uri(address), uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>One pipeline per destination, so one failing service opens only its own circuit.</summary>
public sealed class ResiliencePipelines
{
    private static readonly HashSet<HttpMethod> Idempotent = [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Put, HttpMethod.Delete];
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> pipelines = new();

    public ResiliencePipeline<HttpResponseMessage> For(string authority) => pipelines.GetOrAdd(authority, _ => Build());

    private static ResiliencePipeline<HttpResponseMessage> Build()
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout);
        Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> retryable = transient;
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => IsIdempotent(args.Context.Properties.GetValue(RequestKey, null!))
                    ? retryable(args)
                    : PredicateResult.False(),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            })
            .AddTimeout(TimeSpan.FromSeconds(10))
            .Build();
    }

    internal static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("request");

    private static bool IsIdempotent(HttpRequestMessage? request) => request is not null && Idempotent.Contains(request.Method);
}

public sealed class ResilienceHandler(ResiliencePipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResiliencePipelines.RequestKey, request);
        try
        {
            return await pipelines.For(request.RequestUri!.Authority).ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.handler.SendCore(state.request, ctx.CancellationToken)),
                context,
                (handler: this, request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCore(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
