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

    /// <summary>The roles a person's account can hold; Partner belongs to API clients only.</summary>
    public static readonly IReadOnlyList<string> ForUsers = [User, Loa, Ea, PlanStaff];

    /// <summary>The plan's own staff act for the whole plan, not for a collection of providers.</summary>
    public static readonly IReadOnlyList<string> PlanWide = [Ea, PlanStaff];
}

public static class Policies
{
    /// <summary>ACC-03/04: the Admin module, as an office's LOA or the plan's EA.</summary>
    public const string OfficeAdministration = "OfficeAdministration";

    /// <summary>ACC-05: the plan-wide audit trail and every office's administration.</summary>
    public const string EnterpriseAdministration = "EnterpriseAdministration";

    /// <summary>
    /// The payer's decisions (DSP-03/10: a dispute's review and resolution): the plan's staff, or a health network's API
    /// client for what was routed to its network. Which ones each may decide is the endpoint's scope.
    /// </summary>
    public const string PayerDecisions = "PayerDecisions";
}

/// <summary>Claim names in the platform's tokens (JWT short names; inbound claim mapping is off).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string Permission = "perm";

    /// <summary>The provider office a user works for.</summary>
    public const string Office = "office";

    /// <summary>ACC-01: one claim per provider (NPI) of the user's collections.</summary>
    public const string Npi = "npi";

    /// <summary>ACC-06: the health network a partner client acts for.</summary>
    public const string Network = "network";

    public const string ClientId = "client_id";
}
