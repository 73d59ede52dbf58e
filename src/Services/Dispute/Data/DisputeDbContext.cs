using Microsoft.EntityFrameworkCore;
using Platform.Dispute.DisputableClaims;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Data;

public sealed class DisputeDbContext(DbContextOptions<DisputeDbContext> options) : ServiceDbContext(options)
{
    public DbSet<DisputableClaim> DisputableClaims => Set<DisputableClaim>();
}
