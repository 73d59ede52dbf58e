using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Platform.ServiceDefaults;

public static class Cache
{
    public const string ConnectionName = "cache";

    /// <summary>
    /// Redis from ConnectionStrings__cache as an IConnectionMultiplexer (Aspire's client, with its telemetry). Redis
    /// holds only what can be rebuilt, so an outage must cost requests a second at most, and readiness reports
    /// Degraded, not Unhealthy.
    /// </summary>
    public static IHostApplicationBuilder AddRedisCache(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(
            ConnectionName,
            settings =>
            {
                // Aspire's check reports an outage as Unhealthy, which would take the service out of rotation: ours says Degraded.
                settings.DisableHealthChecks = true;
                // Connect while starting, not inside the first request (a health probe) that needs the cache.
                settings.DisableAutoActivation = false;
                if (settings.ConnectionString is { } connectionString)
                {
                    settings.ConnectionString = CacheAddress.ToConfiguration(connectionString);
                }
            },
            options =>
            {
                options.AbortOnConnectFail = false;
                options.ConnectTimeout = 1000;
                options.SyncTimeout = 1000;
                // While disconnected a command fails at once (as in 1.x) instead of waiting in the backlog for a
                // reconnect: callers fall back to the database without paying a timeout each.
                options.BacklogPolicy = BacklogPolicy.FailFast;
                // A cache behind a private certificate authority (Cache:TrustedCertificateAuthority, a PEM file): its
                // certificates are checked against that authority instead of the machine's store.
                if (builder.Configuration["Cache:TrustedCertificateAuthority"] is { Length: > 0 } authority)
                {
                    options.TrustIssuer(authority);
                }
            });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ConnectionName, failureStatus: HealthStatus.Degraded);
        // The client logs each connection step at Information; its warnings (a lost connection) are what matter.
        builder.Logging.AddFilter("StackExchange.Redis", LogLevel.Warning);
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
