using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Data;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Pdc;

/// <summary>What the PDC endpoints need besides their query values.</summary>
public sealed record PdcServices(CallerScope Scope, ReportingDbContext Db, PdcRows Rows, IAuditTrail Audit, TimeProvider Time)
{
    /// <summary>The report's day: the plan's today (its year is the measurement year).</summary>
    public DateOnly AsOf => Time.PlanToday();

    public Task<List<PdcPriority>> PrioritiesAsync(CancellationToken cancellationToken) =>
        Db.PdcPriorities.AsNoTracking().OrderBy(p => p.Rank).ToListAsync(cancellationToken);
}
