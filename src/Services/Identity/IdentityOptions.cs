namespace Platform.Identity;

/// <summary>The identity service's settings (configuration section "Identity").</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Short, so that a deactivated user's last token stops working within minutes (ACC-05).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(10);

    public int LockoutThreshold { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins from one client address within <see cref="AddressWindow"/> before it is refused (SignInThrottle).</summary>
    public int FailedSignInsPerAddress { get; set; } = 20;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan KeyRotationInterval { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a new key is published before it signs: longer than validators' JWKS refresh interval.</summary>
    public TimeSpan KeyPublishAhead { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Base64 of 32 random bytes that encrypt the signing keys at rest. Required outside Development.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>
    /// SMART Backend Services: the token endpoint URLs a client assertion's aud may name, as partners were told them
    /// (e.g. https://portal.example.org/api/identity/v1/token). Set in every deployment: the request's Host header is
    /// the client's to choose, so an audience derived from it would accept an assertion made for another server.
    /// Left empty (local and test runs), the URLs are derived from the request as the discovery documents are.
    /// </summary>
    public List<string> TokenEndpointUrls { get; set; } = [];

    /// <summary>Loads the demo offices, users and partner client in the migrate step: the local/demo run only.</summary>
    public bool SeedDemoData { get; set; }
}
