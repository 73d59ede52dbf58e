using Platform.ServiceDefaults.Auth;

namespace Platform.Web;

/// <summary>A module of the portal: its navigation entry, its dashboard card and the policy that opens it (ACC-02).</summary>
public sealed record PortalModule(string Name, string Path, string Policy, string Summary);

public static class PortalModules
{
    /// <summary>Any signed-in account: the dashboard and the reference pages.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>The modules this web app has pages for.</summary>
    public static readonly IReadOnlyList<PortalModule> All =
    [
        new("Dashboard", "/", SignedIn, "Your modules at a glance."),
        new("Members", "/members", Modules.Members, "Member lookup, eligibility on a date of service, face sheets and PCP changes."),
        new("Roster", "/roster", Modules.Roster, "The BH member roster: members needing supplemental documentation for the BH P4V incentive program."),
        new("Claims", "/claims", Modules.Claims, "Claims lookup by member or claim number, claim detail with the services, EOB and payable amounts."),
        new("Disputes", "/disputes", Modules.Disputes, "Dispute Lookup by claim, member, provider, status or dispute number; each dispute's details, attachments and letters."),
        new("Dispute Workbench", "/disputes/workbench", Roles.PlanStaff, "The reviewers' queue of open disputes by decision date: review, request information, write, resolve."),
        new("Referrals", "/referrals", Modules.Referrals, "Referrals and prior authorizations: request one, look them up, see each one's status, rules and history."),
        new("Referral Queue", "/referrals/queue", Roles.PlanStaff, "The reviewers' queue of pended referrals by due time: approve, modify, deny, request information."),
        new("Reports", "/reports", Modules.Reports, "Reports by Report Type: Proportion of Days Covered (PDC) by health network or PCP / prescriber, BHI Quality Measure; Manage Attestation."),
        new("Attestation", "/reports/attestations", Modules.Attestation, "Provider training attestations: initial and annual due dates, the training materials, attesting and each provider's status list."),
        new("Reference", "/reference", Modules.Members, "Health network contacts and access standards."),
        new("Admin", "/admin", Policies.OfficeAdministration, "Your office's users and providers: roles, permissions, deactivation, site administrator."),
    ];
}
