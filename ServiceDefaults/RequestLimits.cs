using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults;

/// <summary>
/// Kestrel's own limits on the request line (8 KB) and the headers (32 KB) answer an empty 414/431 before any
/// middleware runs, and ASP.NET Core has no hook to give them a body. So Kestrel is given room beyond them and the
/// same limits are applied here, as problem documents. Past Kestrel's raised limits its empty answer remains.
/// </summary>
public static class RequestLimits
{
    public const int MaxTargetLength = 8 * 1024;
    public const int MaxHeadersLength = 32 * 1024;

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 4 * MaxTargetLength;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeadersLength;
        });
        return builder;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
            var headers = HeadersLength(http.Request.Headers);
            IResult? refusal = target.Length > MaxTargetLength
                ? Results.Problem(statusCode: StatusCodes.Status414UriTooLong, title: $"The address is longer than {MaxTargetLength / 1024} KB.")
                : headers > MaxHeadersLength
                    ? Results.Problem(statusCode: StatusCodes.Status431RequestHeaderFieldsTooLarge, title: $"The request's headers are larger than {MaxHeadersLength / 1024} KB.")
                    : null;
            if (refusal is not null)
            {
                await refusal.ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }

    /// <summary>As Kestrel counts them, near enough: "name: value\r\n" for each value.</summary>
    private static int HeadersLength(IHeaderDictionary headers)
    {
        var length = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                length += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return length;
    }
}
