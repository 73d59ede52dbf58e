namespace Platform.ServiceDefaults.Auth;

/// <summary>
/// Token validation settings (configuration section "Auth"). Until the identity service publishes a JWKS,
/// tokens are signed with a symmetric development key that the AppHost or a test generates and injects:
/// no key lives in code.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "platform-identity";

    public string Audience { get; set; } = "platform";

    /// <summary>Base64 of at least 32 random bytes.</summary>
    public string? DevSigningKey { get; set; }
}
