using Microsoft.AspNetCore.Builder;
using Microsoft.Net.Http.Headers;

namespace Platform.ServiceDefaults;

public static class ApiResponseHeaders
{
    /// <summary>
    /// Every answer of a service may carry PHI (a member, a claim, an audit entry), so none may be kept by a browser
    /// or a proxy between us and the caller; reference data loses little by it. A Cache-Control already set stays:
    /// the web app's static assets pass through the gateway with theirs. nosniff: a JSON answer is never run as a
    /// script or rendered as a page.
    /// </summary>
    public static WebApplication UseApiResponseHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.TryAdd(HeaderNames.CacheControl, "no-store");
                http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
