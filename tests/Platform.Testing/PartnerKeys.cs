using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Testing;

/// <summary>
/// A partner's own key pair, made in the test (no private key lives in the repository): its public JWK to register,
/// and client assertions it signs as SMART Backend Services has a client do.
/// </summary>
public sealed class PartnerKeys
{
    private readonly SecurityKey signingKey;
    private readonly string algorithm;

    private PartnerKeys(SecurityKey signingKey, string algorithm, Dictionary<string, string> publicJwk)
    {
        this.signingKey = signingKey;
        this.algorithm = algorithm;
        PublicJwk = publicJwk;
    }

    public string Kid => signingKey.KeyId;

    public Dictionary<string, string> PublicJwk { get; }

    public static PartnerKeys Rsa(string kid)
    {
        var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new(new RsaSecurityKey(rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha384, new()
        {
            ["kty"] = "RSA", ["kid"] = kid, ["alg"] = "RS384",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        });
    }

    public static PartnerKeys EllipticCurve(string kid)
    {
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var point = ecdsa.ExportParameters(includePrivateParameters: false).Q;
        return new(new ECDsaSecurityKey(ecdsa) { KeyId = kid }, SecurityAlgorithms.EcdsaSha384, new()
        {
            ["kty"] = "EC", ["kid"] = kid, ["crv"] = "P-384", ["x"] = Base64UrlEncoder.Encode(point.X), ["y"] = Base64UrlEncoder.Encode(point.Y),
        });
    }

    /// <summary>The same key pair's JWK with its private exponent: what a partner must never send.</summary>
    public Dictionary<string, string> PrivateJwk() => new(PublicJwk)
    {
        ["d"] = Base64UrlEncoder.Encode(((RsaSecurityKey)signingKey).Rsa.ExportParameters(includePrivateParameters: true).D),
    };

    /// <summary>A client assertion: iss = sub = the client, aud the token endpoint, a fresh jti unless given.</summary>
    public string Assertion(string clientId, string audience, TimeSpan? expiresIn = null, string? jti = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = clientId,
                [JwtRegisteredClaimNames.Jti] = jti ?? Guid.NewGuid().ToString("N"),
            },
            IssuedAt = now,
            Expires = now + (expiresIn ?? TimeSpan.FromMinutes(4)),
            SigningCredentials = new SigningCredentials(signingKey, algorithm),
        });
    }
}
