using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Keys;

public static class KeysApi
{
    /// <summary>
    /// The OpenID discovery document and JWKS every validator reads (ServiceDefaults' authentication), at the
    /// service's root as OpenID Connect places them. Public keys only; cacheable for a few minutes.
    /// </summary>
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(AuthOptions.DiscoveryPath, (HttpRequest request, IOptions<AuthOptions> auth) => TypedResults.Json(new Dictionary<string, object>
            {
                ["issuer"] = auth.Value.Issuer,
                ["jwks_uri"] = $"{request.Scheme}://{request.Host}{request.PathBase}{AuthOptions.JwksPath}",
                ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            }))
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapGet(AuthOptions.JwksPath, async (SigningKeyStore store, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var keys = await store.PublishedAsync(cancellationToken);
                response.Headers.CacheControl = "public, max-age=300";
                return TypedResults.Json(new { keys = keys.Select(key => PublicJwk(key.Key)) });
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static Dictionary<string, string> PublicJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
