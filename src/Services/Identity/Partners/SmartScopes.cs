using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Partners;

/// <summary>
/// Issue 18 / SMART Backend Services: the system scopes a partner may ask for, each the module permission the owning
/// service authorizes its API by. SMART v1 forms (.read/.write) and their v2 equivalents (.rs/.c) are both accepted.
/// </summary>
public static class SmartScopes
{
    /// <summary>The granted scopes, space-separated, in the access token (as SMART apps read them).</summary>
    public const string Claim = "scope";

    public const string PatientRead = "system/Patient.read";
    public const string CoverageRead = "system/Coverage.read";
    public const string ExplanationOfBenefitRead = "system/ExplanationOfBenefit.read";
    public const string ClaimWrite = "system/Claim.write";

    /// <summary>The v1 scopes, as published in the SMART configuration and answered for a request without scope.</summary>
    public static readonly IReadOnlyList<string> Published = [PatientRead, CoverageRead, ExplanationOfBenefitRead, ClaimWrite];

    private static readonly Dictionary<string, string> PermissionOf = new(StringComparer.Ordinal)
    {
        [PatientRead] = Modules.Members,
        ["system/Patient.rs"] = Modules.Members,
        [CoverageRead] = Modules.Members,
        ["system/Coverage.rs"] = Modules.Members,
        [ExplanationOfBenefitRead] = Modules.Claims,
        ["system/ExplanationOfBenefit.rs"] = Modules.Claims,
        // A PAS Claim/$submit creates a referral: the Referrals module's submission.
        [ClaimWrite] = Modules.Referrals,
        ["system/Claim.c"] = Modules.Referrals,
    };

    public static IReadOnlyList<string> Supported { get; } = [.. PermissionOf.Keys];

    /// <summary>What a token request's scope grants a client holding the given permissions.</summary>
    public sealed record Grant(IReadOnlyList<string> Scopes, IReadOnlyList<string> Permissions);

    /// <summary>
    /// No scope asked: the client's permissions, as before scopes existed (the secret flow's callers), and the scopes
    /// they amount to. Otherwise only the permissions both held and asked for; an unknown scope, or one whose permission
    /// the client lacks, is the error RFC 6749 §5.2 calls invalid_scope (returned as the offending scope).
    /// </summary>
    public static (Grant? Grant, string? Refused) Resolve(string? requested, IReadOnlyCollection<string> clientPermissions)
    {
        var asked = (requested ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return (new Grant([.. Published.Where(scope => clientPermissions.Contains(PermissionOf[scope]))], [.. clientPermissions]), null);
        }

        if (asked.FirstOrDefault(scope => !PermissionOf.TryGetValue(scope, out var permission) || !clientPermissions.Contains(permission)) is { } refused)
        {
            return (null, refused);
        }

        return (new Grant(asked, [.. asked.Select(scope => PermissionOf[scope]).Distinct()]), null);
    }
}
