using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Platform.ServiceDefaults;

public static class Cache
{
    public const string ConnectionName = "cache";

    /// <summary>
    /// Redis from ConnectionStrings__cache as an IConnectionMultiplexer (Aspire's client: telemetry, connected at
    /// start). Redis holds only what can be rebuilt, so an outage must cost requests a second at most, and readiness
    /// reports Degraded, not Unhealthy.
    /// </summary>
    public static IHostApplicationBuilder AddRedisCache(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(
            ConnectionName,
            // Aspire's check reports an outage as Unhealthy, which would take the service out of rotation: ours says Degraded.
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                options.AbortOnConnectFail = false;
                options.ConnectTimeout = 1000;
                options.SyncTimeout = 1000;
                // While disconnected a command fails at once (as in 1.x) instead of waiting in the backlog for a
                // reconnect: callers fall back to the database without paying a timeout each.
                options.BacklogPolicy = BacklogPolicy.FailFast;
            });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ConnectionName, failureStatus: HealthStatus.Degraded);
        return builder;
    }
}

public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The cache is not reachable.");
        }
    }
}
