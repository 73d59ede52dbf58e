using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Partners;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>SMART Backend Services (issue 18 item 4): the rules for a registered JWKS and for scopes, without a server.</summary>
public sealed class PartnerJwksTests
{
    [Fact]
    public void SMART_Backend_Services_a_registered_key_keeps_only_its_public_members()
    {
        var jwk = PartnerKeys.Rsa("rsa-1").PublicJwk;
        jwk["x5u"] = "https://partner.example/cert";

        var (stored, errors) = PartnerJwks.Normalize(Set(jwk));

        Assert.Empty(errors);
        var key = JsonDocument.Parse(stored!).RootElement.GetProperty("keys")[0];
        Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void SMART_Backend_Services_an_EC_key_must_be_on_P_384_for_ES384()
    {
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = p256.ExportParameters(false).Q;
        var onP256 = new Dictionary<string, string>
        {
            ["kty"] = "EC", ["kid"] = "ec", ["crv"] = "P-256", ["x"] = Base64UrlEncoder.Encode(point.X), ["y"] = Base64UrlEncoder.Encode(point.Y),
        };
        var offCurve = new Dictionary<string, string>(PartnerKeys.EllipticCurve("ec").PublicJwk) { ["y"] = Base64UrlEncoder.Encode(new byte[48]) };

        Assert.Equal(["keys[0].crv"], PartnerJwks.Normalize(Set(onP256)).Errors.Keys);
        Assert.Equal(["keys[0].x"], PartnerJwks.Normalize(Set(offCurve)).Errors.Keys);
    }

    [Fact]
    public void SMART_Backend_Services_an_RSA_key_under_2048_bits_is_refused()
    {
        using var rsa = RSA.Create(1024);
        var parameters = rsa.ExportParameters(false);
        var weak = new Dictionary<string, string>
        {
            ["kty"] = "RSA", ["kid"] = "weak", ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };

        Assert.Equal(["keys[0].n"], PartnerJwks.Normalize(Set(weak)).Errors.Keys);
    }

    [Fact]
    public void SMART_Backend_Services_two_keys_under_one_kid_or_an_empty_set_are_refused()
    {
        Assert.Equal(["keys[1].kid"], PartnerJwks.Normalize(Set(PartnerKeys.Rsa("same").PublicJwk, PartnerKeys.EllipticCurve("same").PublicJwk)).Errors.Keys);
        Assert.Equal(["keys"], PartnerJwks.Normalize(Set()).Errors.Keys);
        Assert.Equal(["keys"], PartnerJwks.Normalize(JsonSerializer.SerializeToElement(new[] { 1 })).Errors.Keys);
    }

    [Fact]
    public void SMART_Backend_Services_an_assertion_finds_its_key_by_kid_only()
    {
        var (stored, _) = PartnerJwks.Normalize(Set(PartnerKeys.Rsa("rsa-1").PublicJwk, PartnerKeys.EllipticCurve("ec-1").PublicJwk));

        Assert.Equal(["ec-1"], PartnerJwks.KeysNamed(stored, "ec-1").Select(k => k.KeyId));
        Assert.Empty(PartnerJwks.KeysNamed(stored, null));
        Assert.Empty(PartnerJwks.KeysNamed(stored, "other"));
    }

    [Fact]
    public void SMART_Backend_Services_scopes_map_onto_module_permissions_v1_and_v2_alike()
    {
        string[] held = [Modules.Members, Modules.Claims, Modules.Referrals, Modules.Disputes];

        var (grant, _) = SmartScopes.Resolve("system/Patient.rs system/Coverage.read system/Claim.c system/Patient.rs", held);

        Assert.Equal(["system/Patient.rs", "system/Coverage.read", "system/Claim.c"], grant!.Scopes);
        Assert.Equal([Modules.Members, Modules.Referrals], grant.Permissions);
    }

    [Fact]
    public void SMART_Backend_Services_no_scope_grants_the_clients_permissions_and_names_their_scopes()
    {
        var (grant, _) = SmartScopes.Resolve(null, [Modules.Claims, Modules.Disputes]);

        Assert.Equal([SmartScopes.ExplanationOfBenefitRead], grant!.Scopes);
        Assert.Equal([Modules.Claims, Modules.Disputes], grant.Permissions);
    }

    [Fact]
    public void SMART_Backend_Services_a_scope_beyond_the_clients_permissions_is_named_as_refused()
    {
        Assert.Equal((null, SmartScopes.ClaimWrite), SmartScopes.Resolve($"{SmartScopes.PatientRead} {SmartScopes.ClaimWrite}", [Modules.Members]));
    }

    private static JsonElement Set(params Dictionary<string, string>[] keys) => JsonSerializer.SerializeToElement(new { keys });
}
