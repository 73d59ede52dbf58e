using Platform.Contracts.Identity;
using Platform.Identity.Data;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Offices;

public static class SiteAdministratorAnnouncement
{
    /// <summary>ACC-03: tells the other services who the office's LOA now is, in the same transaction as the change.</summary>
    public static void AnnounceSiteAdministrator(this IdentityDbContext db, Office office, User administrator, DateTimeOffset at) =>
        db.AddIntegrationEvent(new OfficeSiteAdministratorChanged(office.Id, administrator.Id, administrator.Name, administrator.Email, at), at);
}
