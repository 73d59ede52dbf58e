using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace Platform.Web.Session;

public static class SharedKeyRing
{
    public const string ApplicationName = "Platform.Web";

    public static readonly RedisKey Key = "web:data-protection-keys";

    /// <summary>
    /// One data-protection key ring in Redis for every web instance, under one application name (not the default,
    /// the install folder), so a cookie, an antiforgery token or a stored session protected by one instance is read
    /// by any other: a browser keeps its session whichever instance serves it.
    /// </summary>
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        // What PersistKeysToStackExchangeRedis does, with the container's multiplexer (AddRedisCache), which that
        // method cannot reach at registration.
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), Key));
        return builder;
    }
}
