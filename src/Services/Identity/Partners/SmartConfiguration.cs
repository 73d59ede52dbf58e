using Platform.Identity.Partners.Assertions;

namespace Platform.Identity.Partners;

public static class SmartConfiguration
{
    public const string Path = "/.well-known/smart-configuration";

    /// <summary>
    /// SMART App Launch §2.0.6 discovery for backend services: where the token endpoint is (as the caller reached this
    /// service, through the gateway or not, like the OpenID discovery) and how a client authenticates there.
    /// </summary>
    public static IEndpointRouteBuilder MapSmartConfiguration(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpRequest request, HttpResponse response) =>
            {
                response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Json(new Dictionary<string, object>
                {
                    ["token_endpoint"] = TokenEndpoint.Url(request),
                    ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt", "client_secret_basic", "client_secret_post" },
                    ["token_endpoint_auth_signing_alg_values_supported"] = ClientAssertion.Algorithms,
                    ["grant_types_supported"] = new[] { "client_credentials" },
                    ["scopes_supported"] = SmartScopes.Supported,
                    ["capabilities"] = new[] { "client-confidential-asymmetric" },
                });
            })
            .AllowAnonymous()
            .Produces<Dictionary<string, object>>(contentType: "application/json")
            .WithName("SmartConfiguration")
            .WithSummary("SMART Backend Services discovery: the token endpoint, its authentication methods, algorithms and scopes.");
        return app;
    }
}
