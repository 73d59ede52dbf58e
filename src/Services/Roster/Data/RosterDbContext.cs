using Microsoft.EntityFrameworkCore;
using Platform.Roster.Directory;
using Platform.Roster.Members;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Roster.Data;

public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : ServiceDbContext(options)
{
    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();

    public DbSet<RosterMember> Members => Set<RosterMember>();

    public DbSet<DirectoryProvider> Providers => Set<DirectoryProvider>();

    /// <summary>The entries on the roster now (RST-03); removed ones stay as history.</summary>
    public IQueryable<RosterEntry> ActiveEntries => RosterEntries.Where(e => e.RemovedAt == null);
}
