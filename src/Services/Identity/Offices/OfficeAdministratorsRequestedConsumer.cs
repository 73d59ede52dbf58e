using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Identity.Data;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Offices;

/// <summary>ACC-03: announces every office's current site administrator again, for a service that asked (it keeps the latest).</summary>
public sealed class OfficeAdministratorsRequestedConsumer(IdentityDbContext db, TimeProvider time)
    : IdempotentConsumer<IdentityDbContext, OfficeAdministratorsRequested>(db, time)
{
    protected override async Task ApplyAsync(OfficeAdministratorsRequested message, CancellationToken cancellationToken)
    {
        var administered = await Db.Offices.AsNoTracking()
            .Join(Db.Users.AsNoTracking(), office => office.SiteAdministratorId, user => (Guid?)user.Id, (office, user) => new { office, user })
            .ToListAsync(cancellationToken);
        var now = Time.GetUtcNow();
        foreach (var pair in administered)
        {
            Db.AnnounceSiteAdministrator(pair.office, pair.user, now);
        }
    }
}
