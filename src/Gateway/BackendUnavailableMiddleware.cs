using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace Platform.Gateway;

/// <summary>
/// YARP answers a failed forward with an empty 502/504. Callers get a problem-details 503 naming the service
/// instead, so a client can tell "try again later" from a bug.
/// </summary>
public sealed class BackendUnavailableMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext http)
    {
        await next(http);
        var error = http.GetForwarderErrorFeature();
        if (error is null || http.Response.HasStarted)
        {
            return;
        }

        var service = http.GetReverseProxyFeature().Route.Config.ClusterId;
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "5";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = $"The {service} service is unavailable. Try again shortly.",
                Extensions = { ["service"] = service, ["reason"] = error.Error.ToString() },
            },
        });
    }
}
