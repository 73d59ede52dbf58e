using Microsoft.EntityFrameworkCore;
using Platform.Identity.Audit;
using Platform.Identity.Keys;
using Platform.Identity.Offices;
using Platform.Identity.Partners;
using Platform.Identity.Partners.Assertions;
using Platform.Identity.Sessions;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Data;

/// <summary>Accounts, offices and their collections, partner clients, signing keys, and the plan-wide audit trail (ACC-05).</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Collection> Collections => Set<Collection>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<PartnerClient> PartnerClients => Set<PartnerClient>();

    public DbSet<UsedAssertion> UsedAssertions => Set<UsedAssertion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
