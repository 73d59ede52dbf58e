using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.HealthNetworks;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Eligibility.Data;

public sealed class EligibilityDbContext(DbContextOptions<EligibilityDbContext> options) : ServiceDbContext(options)
{
    public DbSet<HealthNetwork> HealthNetworks => Set<HealthNetwork>();
}
