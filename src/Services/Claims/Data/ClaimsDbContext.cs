using Microsoft.EntityFrameworkCore;
using Platform.Claims.Claims;
using Platform.Claims.Members;
using Platform.Claims.Payments;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Data;

public sealed class ClaimsDbContext(DbContextOptions<ClaimsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<ClaimsMember> Members => Set<ClaimsMember>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<ClaimAdjustment> ClaimAdjustments => Set<ClaimAdjustment>();
}
