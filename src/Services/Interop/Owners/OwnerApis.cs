using Microsoft.Net.Http.Headers;

namespace Platform.Interop.Owners;

/// <summary>The services that own what the partner APIs publish, as named by service discovery (services__&lt;name&gt;__http__0).</summary>
public static class OwnerApis
{
    public const string Eligibility = "eligibility";
    public const string Claims = "claims";
    public const string Referral = "referral";

    /// <summary>
    /// One HttpClient per owner, each sending the caller's own bearer token: the owner applies ACC-01/06 to the partner
    /// itself and audits the read under the partner's name (ACC-05), exactly as for a call through the gateway.
    /// </summary>
    public static IHostApplicationBuilder AddOwnerApis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<CallerToken>();
        foreach (var owner in new[] { Eligibility, Claims, Referral })
        {
            builder.Services.AddHttpClient(owner, client => client.BaseAddress = new Uri($"http://{owner}"))
                .AddHttpMessageHandler<CallerToken>();
        }

        return builder;
    }

    /// <summary>
    /// Forwards the Authorization header of the request being answered, and the caller's address for the owner's audit
    /// entry; a call outside a request has neither to forward.
    /// </summary>
    private sealed class CallerToken(IHttpContextAccessor http) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (http.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString() is { Length: > 0 } authorization)
            {
                request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
            }

            if (http.HttpContext?.Connection.RemoteIpAddress is { } caller)
            {
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", caller.ToString());
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
