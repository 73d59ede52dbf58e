using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults;

/// <summary>
/// One Information line per request naming the route template, never the path or query as sent: those carry CINs,
/// names and dates of birth (/members/{cin}/face-sheet, ?lastName=…&amp;dateOfBirth=…). ASP.NET Core's own
/// "Request starting …" lines and YARP's "Proxying to …" print the whole URL, so they are kept to warnings.
/// Traces need nothing: the OpenTelemetry instrumentation redacts query strings and names spans by route.
/// </summary>
public static partial class RequestLog
{
    public static IHostApplicationBuilder AddRequestLog(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointMiddleware", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder", LogLevel.Warning);
        return builder;
    }

    public static WebApplication UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Requests");
        app.Use(async (http, next) =>
        {
            if (Telemetry.IsProbe(http.Request.Path))
            {
                await next(http);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                Handled(logger, http.Request.Method, RouteOf(http), http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        return app;
    }

    /// <summary>What a log line may say of the request's address: its route template, never the path as sent.</summary>
    /// <remarks>The exception handler runs without the endpoint, which its feature keeps.</remarks>
    public static string RouteOf(HttpContext http) =>
        ((http.GetEndpoint() ?? http.Features.Get<IExceptionHandlerFeature>()?.Endpoint) as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void Handled(ILogger logger, string method, string route, int statusCode, double elapsedMs);
}
