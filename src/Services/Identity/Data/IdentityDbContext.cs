using Microsoft.EntityFrameworkCore;
using Platform.Identity.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Data;

/// <summary>
/// The plan-wide audit trail (ACC-05) besides the outbox and inbox; users, roles and collections (ACC-01..03) come
/// with real sign-in.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ServiceDbContext(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
