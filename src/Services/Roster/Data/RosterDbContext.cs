using Microsoft.EntityFrameworkCore;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Roster.Data;

public sealed class RosterDbContext(DbContextOptions<RosterDbContext> options) : ServiceDbContext(options)
{
    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();
}
