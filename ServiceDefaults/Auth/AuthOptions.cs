namespace Platform.ServiceDefaults.Auth;

/// <summary>
/// Token validation settings (configuration section "Auth"). Tokens are RS256 JWTs from the identity service,
/// whose keys every process reads from its JWKS (found from services__identity__http__0 unless Authority is set).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "platform-identity";

    public string Audience { get; set; } = "platform";

    /// <summary>The identity service's base address; by default the one service discovery gives.</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// How often the JWKS is re-read. The identity service publishes a new key longer than this before it signs
    /// with it, so rotation never meets a validator that lacks the key.
    /// </summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    public const string DiscoveryPath = "/.well-known/openid-configuration";

    public const string JwksPath = "/.well-known/jwks.json";
}
