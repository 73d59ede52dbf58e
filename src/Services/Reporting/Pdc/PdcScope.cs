using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Eligibility;
using Platform.Reporting.Data;
using Platform.Reporting.Pharmacy;
using Platform.Reporting.Members;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Pdc;

/// <summary>
/// RPT-02 / ACC-01/06: which PDC rows a caller may see, and which of them a view selects.
/// <list type="bullet">
/// <item>The plan's staff and EA: every member, every network (COD and CCN included).</item>
/// <item>A partner client: the members its health network is responsible for (ACC-06); its network only.</item>
/// <item>An office: the members whose PCP is one of its providers, and the classes its providers currently prescribe — so COD
/// members, who have no PCP (ELG-05), through the prescriber (release 14: CCN/COD users see CCN/COD members). Its
/// networks are those its providers contract through, and COD when one of them is in CCN.</item>
/// </list>
/// A view then selects by <see cref="Network"/> (Health Network) or by <see cref="Providers"/> (PCP / Prescriber).
/// </summary>
public sealed class PdcScope(CallerScope caller, string? network = null, IReadOnlySet<string>? providers = null)
{
    public CallerScope Caller => caller;

    /// <summary>Only members this network is responsible for on the measured day; null for any.</summary>
    public string? Network => network;

    /// <summary>Only rows whose PCP or prescriber is one of these; null for any.</summary>
    public IReadOnlySet<string>? Providers => providers;

    /// <summary>The networks of the Health Network view the caller may see, COD first.</summary>
    public static async Task<IReadOnlyList<string>> NetworksAsync(CallerScope caller, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (caller.IsPlanWide)
        {
            return [Programs.Direct, .. Programs.Networks];
        }

        if (caller.Network is not null)
        {
            return Programs.Networks.Contains(caller.Network) ? [caller.Network] : [];
        }

        var npis = caller.Npis.ToArray();
        var contracted = (await db.Providers.AsNoTracking().Where(p => npis.Contains(p.Npi)).Select(p => p.Networks).ToListAsync(cancellationToken))
            .SelectMany(n => n).ToHashSet();
        return [.. new[] { Programs.Direct }.Where(_ => contracted.Contains(Programs.CommunityNetwork)).Concat(Programs.Networks.Where(contracted.Contains))];
    }

    /// <summary>
    /// The CINs the caller may see at all, as a subquery (null: everyone): a coarse filter the database applies before
    /// the rows are read; <see cref="Includes"/> decides each row.
    /// </summary>
    public IQueryable<string>? VisibleCins(ReportingDbContext db, DateOnly yearStart)
    {
        if (caller.IsPlanWide)
        {
            return null;
        }

        if (caller.Network is { } partner)
        {
            return db.Members.Where(m => m.Coverage.Any(c => c.Program == partner)).Select(m => m.Cin);
        }

        var npis = caller.Npis.ToArray();
        return db.Members.Where(m => m.Coverage.Any(c => c.PcpNpi != null && npis.Contains(c.PcpNpi))).Select(m => m.Cin)
            .Union(db.PharmacyFills.Where(f => f.FilledOn >= yearStart && npis.Contains(f.PrescriberNpi) && DrugClasses.ReadByPdc.Contains(f.DrugClass)).Select(f => f.Cin));
    }

    /// <summary>
    /// Whether a row is the caller's and the view's: by the member's network and PCP on the measured day, and the class's
    /// current prescriber (of its most recent fill, the one the Report shows).
    /// </summary>
    public bool Includes(ReportingMemberCoverage? attributed, PdcResult result)
    {
        var (program, pcp, prescriber) = (attributed?.Program, attributed?.PcpNpi, result.LastFill.PrescriberNpi);
        var callerSees = caller.IsPlanWide
            || (caller.Network is not null ? program == caller.Network : (pcp is not null && caller.Npis.Contains(pcp)) || caller.Npis.Contains(prescriber));
        return callerSees
            && (network is null || program == network)
            && (providers is null || (pcp is not null && providers.Contains(pcp)) || providers.Contains(prescriber));
    }
}
