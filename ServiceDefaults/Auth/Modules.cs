namespace Platform.ServiceDefaults.Auth;

/// <summary>ACC-02: permissions are granted per module; each module is an authorization policy of the same name.</summary>
public static class Modules
{
    public const string Members = "Members";
    public const string Claims = "Claims";
    public const string Disputes = "Disputes";
    public const string Referrals = "Referrals";
    public const string Roster = "Roster";
    public const string Reports = "Reports";
    public const string Attestation = "Attestation";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Members, Claims, Disputes, Referrals, Roster, Reports, Attestation, Admin];
}

/// <summary>ACC-02 roles.</summary>
public static class Roles
{
    public const string User = "User";
    public const string Loa = "LOA";
    public const string Ea = "EA";
    public const string PlanStaff = "PlanStaff";
    public const string Partner = "Partner";
}

/// <summary>Claim names in the platform's tokens (JWT short names; inbound claim mapping is off).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Permission = "perm";
}
