using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace Platform.Web;

/// <summary>
/// What a browser is told about the portal's pages: run only the portal's own script (the live referral statuses;
/// every page works without it), connect only back to the portal (its SignalR hub), load nothing from other
/// sites, never show a page in a frame, send no referrer (our URLs can name a member), keep no copy of a page, and
/// over HTTPS come back only over HTTPS. Cookies are Secure everywhere but the local Development run on plain HTTP.
/// </summary>
public static class BrowserProtections
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    /// <summary>For every cookie the portal sets: Secure, but for the local Development run on plain HTTP.</summary>
    public static CookieSecurePolicy CookieSecurity(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static IHostApplicationBuilder AddBrowserProtections(this IHostApplicationBuilder builder)
    {
        var secure = CookieSecurity(builder.Environment);
        builder.Services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = secure);
        return builder;
    }

    public static WebApplication UseBrowserProtections(this WebApplication app)
    {
        // HSTS only ever goes out over HTTPS, and never for localhost.
        app.UseHsts();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                // Static assets come with their own caching; every page may show PHI.
                headers.TryAdd(HeaderNames.CacheControl, "no-store");
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
