using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Gateway;

/// <summary>The gateway's /health aggregates every backend's own /health, one entry per service.</summary>
public sealed class BackendHealthCheck(Backend backend) : IHealthCheck
{
    // Not the resilient client factory: a health probe must answer fast, not retry a service that is down.
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(backend.Address, "/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{backend.Name} answered {(int)response.StatusCode}.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{backend.Name} is not reachable.");
        }
    }
}

public static class BackendHealthChecks
{
    public static IHostApplicationBuilder AddBackendHealthChecks(this IHostApplicationBuilder builder, IReadOnlyList<Backend> backends)
    {
        var checks = builder.Services.AddHealthChecks();
        foreach (var backend in backends)
        {
            checks.Add(new HealthCheckRegistration(backend.Name, _ => new BackendHealthCheck(backend), HealthStatus.Unhealthy, tags: null));
        }

        return builder;
    }
}
