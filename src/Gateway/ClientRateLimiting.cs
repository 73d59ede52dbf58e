using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Auth;

namespace Platform.Gateway;

public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimit";

    public int PermitsPerSecond { get; set; } = 200;

    public int Burst { get; set; } = 400;
}

public static class ClientRateLimiting
{
    /// <summary>
    /// A token bucket per client: the token's subject (a user or a partner client), else the remote address.
    /// Counters are per gateway instance; shared counters in Redis come when the gateway scales out.
    /// </summary>
    public static IHostApplicationBuilder AddClientRateLimiting(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsProbe(http)
                ? RateLimitPartition.GetNoLimiter("probe")
                : RateLimitPartition.GetTokenBucketLimiter(ClientKey(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.Burst,
                    TokensPerPeriod = options.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests. Slow down and retry after the time in Retry-After.",
                    },
                });
            };
        });
        return builder;
    }

    private static bool IsProbe(HttpContext http) => http.Request.Path.StartsWithSegments("/health") || http.Request.Path.StartsWithSegments("/alive");

    private static string ClientKey(HttpContext http) =>
        http.User.FindFirst(PlatformClaims.Subject)?.Value is { } subject
            ? $"sub:{subject}"
            : $"ip:{http.Connection.RemoteIpAddress}";
}
