using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace Platform.ServiceDefaults;

public static class ServiceCalls
{
    /// <summary>
    /// Every HttpClient resolves "http://claims/..." from services__claims__http__0 (Aspire's service discovery by
    /// configuration) and goes through the standard resilience pipeline: timeouts, retries, a circuit breaker, one
    /// pipeline per service so one failing service opens only its own circuit.
    /// </summary>
    public static IHostApplicationBuilder AddServiceCalls(this IHostApplicationBuilder builder)
    {
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(options =>
                {
                    // A POST (a sign-in, a PCP change) that timed out may have been applied: sending it again could do it twice.
                    options.Retry.DisableForUnsafeHttpMethods();
                    // A 429 is the gateway holding back one caller, not a failing service: counted, one flooding user
                    // would open the circuit for every user of the web app.
                    options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(args.Outcome));
                })
                .SelectPipelineByAuthority();
            http.AddServiceDiscovery();
        });
        return builder;
    }
}
