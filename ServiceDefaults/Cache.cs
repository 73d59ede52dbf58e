using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Platform.ServiceDefaults;

public static class Cache
{
    /// <summary>
    /// Redis from ConnectionStrings__cache as an IDistributedCache. Redis holds only what can be rebuilt, so an outage
    /// makes reads miss and writes no-ops (slower, never failing), and readiness reports Degraded, not Unhealthy.
    /// </summary>
    public static IHostApplicationBuilder AddRedisCache(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings:cache is not configured (environment variable ConnectionStrings__cache).");
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        options.SyncTimeout = 1000;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var redis = ConnectionMultiplexer.Connect(options);
            // 1.x hands every reply to its caller in order on one thread by default: a request's work after its
            // cache read would then hold up every other request's reply.
            redis.PreserveAsyncOrder = false;
            return redis;
        });
        builder.Services.AddSingleton<IDistributedCache, RedisCache>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("cache", failureStatus: HealthStatus.Degraded);
        return builder;
    }
}

/// <summary>IDistributedCache over StackExchange.Redis 1.2.6 (the Microsoft package does not restore here).</summary>
public sealed class RedisCache(IConnectionMultiplexer redis, TimeProvider time, ILogger<RedisCache> logger) : IDistributedCache
{
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        await Guard(async () => (byte[]?)await redis.GetDatabase().StringGetAsync(key), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        Guard(() => redis.GetDatabase().StringSetAsync(key, value, Expiry(options)), false);

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    /// <summary>Sliding expiration is kept as a plain time-to-live; a refresh is not supported and is a no-op.</summary>
    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        Guard(() => redis.GetDatabase().KeyDeleteAsync(key), false);

    private TimeSpan? Expiry(DistributedCacheEntryOptions options) =>
        options.AbsoluteExpirationRelativeToNow
        ?? (options.AbsoluteExpiration - time.GetUtcNow())
        ?? options.SlidingExpiration;

    private async Task<T> Guard<T>(Func<Task<T>> call, T fallback)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Cache unavailable, falling back: {Reason}", exception.Message);
            return fallback;
        }
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
