using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Partners;

/// <summary>
/// SMART Backend Services: a partner's registered JSON Web Key Set (RFC 7517), checked to hold public RS384 or ES384
/// signing keys only and stored with nothing but their public members.
/// </summary>
public static class PartnerJwks
{
    public const int MaxKeys = 10;
    private const int MaxKidLength = 200;
    private const int MinRsaBits = 2048;
    private const string P384 = "P-384";

    /// <summary>Members of a private or symmetric key (RFC 7518 §6.2.2, §6.3.2, §6.4.1): never held by the plan.</summary>
    private static readonly string[] PrivateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    /// <summary>The key set as stored, or every problem with it, each named by its JSON path (keys[0].d).</summary>
    public static (string? Jwks, Dictionary<string, string[]> Errors) Normalize(JsonElement set)
    {
        var errors = new Dictionary<string, string[]>();
        if (set.ValueKind != JsonValueKind.Object || !set.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            errors["keys"] = ["A JSON Web Key Set is an object with a \"keys\" array."];
            return (null, errors);
        }

        if (keys.GetArrayLength() is 0 or > MaxKeys)
        {
            errors["keys"] = [$"Register 1 to {MaxKeys} keys."];
            return (null, errors);
        }

        var normalized = new JsonArray();
        var kids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var key in keys.EnumerateArray())
        {
            var path = $"keys[{index++}]";
            void Fail(string member, string message) => errors[$"{path}.{member}"] = [message];
            if (key.ValueKind != JsonValueKind.Object)
            {
                errors[path] = ["Each key is a JSON object."];
                continue;
            }

            if (PrivateMembers.FirstOrDefault(member => key.TryGetProperty(member, out _)) is { } secret)
            {
                Fail(secret, "This is a private key parameter: register the public key only, and keep the private key to yourself.");
                continue;
            }

            var kid = Text(key, "kid");
            if (string.IsNullOrEmpty(kid) || kid.Length > MaxKidLength || !kids.Add(kid))
            {
                Fail("kid", $"Each key needs its own kid (1-{MaxKidLength} characters), which assertions name in their header.");
                continue;
            }

            if (Text(key, "use") is { } use && use != "sig")
            {
                Fail("use", "Client assertion keys are signing keys: use must be \"sig\" or absent.");
                continue;
            }

            var (publicKey, problem) = Text(key, "kty") switch
            {
                "RSA" => Rsa(key),
                "EC" => EllipticCurve(key),
                _ => (null, ("kty", "Register RSA (RS384) or EC P-384 (ES384) keys.")),
            };
            if (problem is var (member, message))
            {
                Fail(member, message);
                continue;
            }

            publicKey!["kid"] = kid;
            publicKey["use"] = "sig";
            normalized.Add(publicKey);
        }

        return errors.Count > 0 ? (null, errors) : (new JsonObject { ["keys"] = normalized }.ToJsonString(), errors);
    }

    /// <summary>The registered keys an assertion's header may name (RFC 7515 §4.1.4): the kid must match exactly.</summary>
    public static IReadOnlyList<SecurityKey> KeysNamed(string? jwks, string? kid) =>
        jwks is null || string.IsNullOrEmpty(kid) ? [] : [.. new JsonWebKeySet(jwks).Keys.Where(key => key.Kid == kid)];

    private static (JsonObject?, (string, string)?) Rsa(JsonElement key)
    {
        if (!AlgorithmIs(key, SecurityAlgorithms.RsaSha384))
        {
            return (null, ("alg", "An RSA key signs with RS384 (SMART Backend Services): alg must be \"RS384\" or absent."));
        }

        var (n, e) = (Bytes(key, "n"), Bytes(key, "e"));
        if (n is null || e is null || e.Length == 0)
        {
            return (null, (n is null ? "n" : "e", "An RSA public key needs its modulus n and exponent e, base64url-encoded."));
        }

        if (n.SkipWhile(b => b == 0).Count() * 8 < MinRsaBits)
        {
            return (null, ("n", $"An RSA key has at least {MinRsaBits} bits."));
        }

        return (new JsonObject { ["kty"] = "RSA", ["alg"] = SecurityAlgorithms.RsaSha384, ["n"] = Text(key, "n"), ["e"] = Text(key, "e") }, null);
    }

    private static (JsonObject?, (string, string)?) EllipticCurve(JsonElement key)
    {
        if (!AlgorithmIs(key, SecurityAlgorithms.EcdsaSha384))
        {
            return (null, ("alg", "An EC key signs with ES384 (SMART Backend Services): alg must be \"ES384\" or absent."));
        }

        if (Text(key, "crv") != P384)
        {
            return (null, ("crv", "ES384 keys are on the P-384 curve: crv must be \"P-384\"."));
        }

        var (x, y) = (Bytes(key, "x"), Bytes(key, "y"));
        try
        {
            // Importing checks that the point lies on the curve: a malformed key is refused now, not at first use.
            using var ecdsa = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP384, Q = new ECPoint { X = x, Y = y } });
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            return (null, ("x", "x and y are not a point on P-384 (each 48 bytes, base64url-encoded)."));
        }

        return (new JsonObject { ["kty"] = "EC", ["alg"] = SecurityAlgorithms.EcdsaSha384, ["crv"] = P384, ["x"] = Text(key, "x"), ["y"] = Text(key, "y") }, null);
    }

    private static bool AlgorithmIs(JsonElement key, string algorithm) => Text(key, "alg") is not { } alg || alg == algorithm;

    private static string? Text(JsonElement key, string member) =>
        key.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[]? Bytes(JsonElement key, string member)
    {
        try
        {
            return Text(key, member) is { } text ? Base64UrlEncoder.DecodeBytes(text) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
