using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.DevTokens;

public sealed record DevPersona(string Subject, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);

/// <summary>
/// Fixed users for the local/demo run only, so the portal can be tried before real sign-in exists. They are
/// reachable only through the development sign-in, which is never mapped outside Development.
/// </summary>
public static class DevPersonas
{
    public static readonly IReadOnlyDictionary<string, DevPersona> ByName = new Dictionary<string, DevPersona>(StringComparer.OrdinalIgnoreCase)
    {
        ["provider"] = new("dev-provider", "Demo Provider Office User", [Roles.User],
            [Modules.Members, Modules.Claims, Modules.Disputes, Modules.Referrals, Modules.Roster, Modules.Reports, Modules.Attestation]),
        ["loa"] = new("dev-loa", "Demo Local Office Administrator", [Roles.Loa], Modules.All),
        ["planstaff"] = new("dev-planstaff", "Demo Plan Staff Reviewer", [Roles.PlanStaff],
            [Modules.Claims, Modules.Disputes, Modules.Referrals, Modules.Members, Modules.Reports]),
    };
}
