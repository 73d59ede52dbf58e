using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults;

/// <summary>
/// The one place every process of the platform gets its cross-cutting behaviour, as Aspire's ServiceDefaults:
/// telemetry, health, problem details, bearer auth, service discovery with resilience, and OpenAPI.
/// Databases, messaging and the cache are opted into per service (Data.cs, Messaging.cs, Cache.cs).
/// </summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddPlatformTelemetry();
        builder.AddRequestLog();
        builder.AddRequestLimits();
        builder.AddDefaultHealthChecks();
        builder.AddProblemResponses();
        builder.AddPlatformAuthentication();
        builder.AddServiceCalls();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddInputGuard();
        // As forwarded by the gateway: the client's own address (ACC-05 "from where"), and the host and scheme the
        // client used, so the web app's redirects and links name the gateway, not this process. Only the default known
        // proxies (loopback) are trusted; a deployment with the gateway elsewhere adds its network here.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto);
        builder.Services.AddPlatformOpenApi();
        // Try: a process that registered its own clock before the defaults keeps it.
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The outbox relay polls every second: each SQL statement at Information would drown the log.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        return builder;
    }

    /// <summary>Error handling middleware, health endpoints and the OpenAPI document. Call right after Build().</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRequestLog();
        app.UseExceptionHandler();
        app.UseRequestLimits();
        app.UseStatusCodePages();
        app.UseApiResponseHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapOpenApi();
        return app;
    }
}
