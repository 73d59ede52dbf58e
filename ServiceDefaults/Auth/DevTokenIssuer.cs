using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Auth;

/// <summary>
/// Signs short-lived tokens with the development key, for tests and the local run's demo sign-in until the
/// identity service issues asymmetric tokens with a JWKS.
/// </summary>
public sealed class DevTokenIssuer(AuthOptions options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public string Issue(string subject, string name, IEnumerable<string> roles, IEnumerable<string> permissions)
    {
        var claims = new List<Claim> { new(PlatformClaims.Subject, subject), new(PlatformClaims.Name, name) };
        claims.AddRange(roles.Select(role => new Claim(PlatformClaims.Role, role)));
        claims.AddRange(permissions.Select(permission => new Claim(PlatformClaims.Permission, permission)));
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(
                    options.DevSigningKey ?? throw new InvalidOperationException("Auth:DevSigningKey is not configured."))),
                SecurityAlgorithms.HmacSha256),
        });
    }
}
