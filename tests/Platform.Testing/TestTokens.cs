using System.Security.Cryptography;
using Platform.ServiceDefaults.Auth;

namespace Platform.Testing;

/// <summary>Tokens signed with a key made for this test run, the way the AppHost makes one per local run.</summary>
public static class TestTokens
{
    public static readonly AuthOptions Options = new() { DevSigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };

    public static string For(string role, params string[] permissions) => ForSubject($"test-{role.ToLowerInvariant()}", role, permissions);

    public static string ForSubject(string subject, string role, params string[] permissions) =>
        new DevTokenIssuer(Options, TimeProvider.System).Issue(subject, $"Test {role}", [role], permissions);

    /// <summary>An office administrator with every module (ACC-02), to reach every service's endpoint.</summary>
    public static string Administrator { get; } = For(Roles.Loa, [.. Modules.All]);

    /// <summary>A provider office user with every provider-facing module.</summary>
    public static string ProviderUser { get; } = For(Roles.User, Modules.Members, Modules.Claims, Modules.Disputes, Modules.Referrals,
        Modules.Roster, Modules.Reports, Modules.Attestation);

    /// <summary>The plan's own claims staff: records and finalizes claims.</summary>
    public static string PlanStaff { get; } = For(Roles.PlanStaff, Modules.Claims, Modules.Disputes);
}
