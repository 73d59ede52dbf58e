using Microsoft.EntityFrameworkCore;
using Platform.Interop.Export;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Interop.Data;

/// <summary>
/// The interop service owns no member, claim or referral data: its real-time APIs answer from the owners' APIs. Its
/// database holds the audit entries it stages (ACC-05), the PAS Bundles it submitted (PasSubmission: identifiers only),
/// the bulk exports it runs, and the copies those exports read (members and determined claims, kept from the owners' events).
/// </summary>
public sealed class InteropDbContext(DbContextOptions<InteropDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ExportMember> ExportMembers => Set<ExportMember>();

    public DbSet<ExportClaim> ExportClaims => Set<ExportClaim>();

    public DbSet<BulkExport> BulkExports => Set<BulkExport>();

    public DbSet<BulkExportFile> BulkExportFiles => Set<BulkExportFile>();
}
