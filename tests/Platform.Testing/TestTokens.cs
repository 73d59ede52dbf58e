using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Auth;

namespace Platform.Testing;

/// <summary>
/// Tokens for a service tested on its own, without the identity service: signed with an RSA key made for this test
/// run, which <see cref="ServiceFixture{TProgram,TContext}"/> makes the service trust in place of identity's JWKS.
/// End-to-end tests sign in for real instead.
/// </summary>
public static class TestTokens
{
    public static readonly RsaSecurityKey Key = NewKey("test-run");

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public static string For(string role, params string[] permissions) => ForSubject($"test-{role.ToLowerInvariant()}", role, permissions);

    public static string ForSubject(string subject, string role, params string[] permissions) =>
        Issue(subject, [role], permissions, []);

    /// <summary>ACC-01: a provider office user acting for these providers.</summary>
    public static string ForProviders(IEnumerable<string> npis, params string[] permissions) =>
        Issue($"test-user-{Guid.NewGuid():N}", [Roles.User], permissions, [.. npis.Select(npi => new Claim(PlatformClaims.Npi, npi))]);

    /// <summary>ACC-01: a user of that office acting for these providers.</summary>
    public static string ForOffice(Guid office, IEnumerable<string> npis, params string[] permissions) =>
        Issue($"test-user-{Guid.NewGuid():N}", [Roles.User], permissions,
            [new Claim(PlatformClaims.Office, office.ToString()), .. npis.Select(npi => new Claim(PlatformClaims.Npi, npi))]);

    /// <summary>ACC-06: a health network's API client.</summary>
    public static string ForPartner(string network, params string[] permissions) =>
        Issue($"client:{network.ToLowerInvariant()}", [Roles.Partner], permissions, [new Claim(PlatformClaims.Network, network)]);

    /// <summary>The plan's enterprise administrator: every module, the whole plan.</summary>
    public static string Administrator { get; } = For(Roles.Ea, [.. Modules.All]);

    /// <summary>The plan's own claims staff: records and finalizes claims.</summary>
    public static string PlanStaff { get; } = For(Roles.PlanStaff, Modules.Claims, Modules.Disputes);

    public static string Issue(
        string subject, IEnumerable<string> roles, IEnumerable<string> permissions, IEnumerable<Claim> scope,
        SecurityKey? key = null, DateTime? expires = null, AuthOptions? options = null)
    {
        options ??= new AuthOptions();
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject), new(PlatformClaims.Name, $"Test {subject}") };
        claims.AddRange(roles.Select(role => new Claim(PlatformClaims.Role, role)));
        claims.AddRange(permissions.Select(permission => new Claim(PlatformClaims.Permission, permission)));
        claims.AddRange(scope);
        var end = expires ?? DateTime.UtcNow.AddMinutes(5);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = end.AddMinutes(-5),
            NotBefore = end.AddMinutes(-5),
            Expires = end,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
