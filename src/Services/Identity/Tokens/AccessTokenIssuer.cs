using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Keys;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Tokens;

/// <summary>What a token says about its bearer; the claims every service authorizes and scopes by.</summary>
public sealed record TokenSubject(
    string Subject,
    string Name,
    IReadOnlyCollection<string> Roles,
    IReadOnlyCollection<string> Permissions,
    IReadOnlyCollection<(string Type, string Value)> Scope);

/// <summary>Signs short-lived RS256 access tokens with the current key of the <see cref="SigningKeyStore"/>.</summary>
public sealed class AccessTokenIssuer(SigningKeyStore keys, IOptions<AuthOptions> auth, IOptions<IdentityOptions> options, TimeProvider time)
{
    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    public async Task<string> IssueAsync(TokenSubject subject, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, subject.Subject),
            new(PlatformClaims.Name, subject.Name),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(subject.Roles.Select(role => new Claim(PlatformClaims.Role, role)));
        claims.AddRange(subject.Permissions.Select(permission => new Claim(PlatformClaims.Permission, permission)));
        claims.AddRange(subject.Scope.Select(claim => new Claim(claim.Type, claim.Value)));
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Value.Issuer,
            Audience = auth.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = await keys.SigningCredentialsAsync(cancellationToken),
        });
    }
}
