using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>Base of every service's DbContext: its tables plus the outbox and inbox that make messaging reliable.</summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }
}
