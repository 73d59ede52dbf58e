using Platform.ServiceDefaults;

namespace Platform.Identity.Partners;

/// <summary>Where partners reach the token endpoint: through the gateway (/api/identity/v1/token) or at the service's own /api/v1/token.</summary>
public static class TokenEndpoint
{
    public const string Path = "/api/v1/token";

    private const string ServicePrefix = "/api";
    private const string GatewayPrefix = "/api/identity";
    private const string PathBelowPrefix = "/v1/token";

    /// <summary>The URL as the caller reached this service: the gateway's when the gateway forwarded the request.</summary>
    public static string Url(HttpRequest request) =>
        Base(request) + (request.Headers[OpenApiDocuments.GatewayPrefixHeader].FirstOrDefault() ?? ServicePrefix) + PathBelowPrefix;

    /// <summary>
    /// The aud values a client assertion may carry: the configured URLs (IdentityOptions.TokenEndpointUrls), or without
    /// them both forms at the request's own host — the gateway's, which partners are given, and the service's.
    /// </summary>
    public static IReadOnlyList<string> Audiences(HttpRequest request, IdentityOptions options) =>
        options.TokenEndpointUrls is { Count: > 0 } configured
            ? configured
            : [Base(request) + GatewayPrefix + PathBelowPrefix, Base(request) + ServicePrefix + PathBelowPrefix];

    private static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
