using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Data;
using Platform.Identity.Tokens;
using Platform.Identity.Users;

namespace Platform.Identity.Sessions;

public sealed record SessionResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, int RefreshExpiresIn);

/// <summary>Starts or continues a user's session: a fresh access token and a new single-use refresh token.</summary>
public sealed class SessionIssuer(IdentityDbContext db, AccessTokenIssuer tokens, IOptions<IdentityOptions> options, TimeProvider time)
{
    /// <summary>Stages the refresh token on the context; the caller saves it with whatever else changed.</summary>
    public async Task<(SessionResponse Session, RefreshToken Refresh)> IssueAsync(User user, Guid? family, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var refresh = new RefreshToken
        {
            UserId = user.Id,
            TokenHash = Hash(secret),
            FamilyId = family ?? Guid.CreateVersion7(now),
            IssuedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(refresh);
        var access = await tokens.IssueAsync(UserClaims.For(user), cancellationToken);
        return (new SessionResponse(access, "Bearer", (int)tokens.Lifetime.TotalSeconds, secret, (int)options.Value.RefreshTokenLifetime.TotalSeconds), refresh);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
