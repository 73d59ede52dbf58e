using Microsoft.EntityFrameworkCore;
using Platform.Dispute.Attachments;
using Platform.Dispute.DisputableClaims;
using Platform.Dispute.Correspondence;
using Platform.Dispute.Disputes;
using Platform.Dispute.Offices;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Data;

public sealed class DisputeDbContext(DbContextOptions<DisputeDbContext> options) : ServiceDbContext(options)
{
    public DbSet<DisputableClaim> DisputableClaims => Set<DisputableClaim>();

    public DbSet<Disputes.Dispute> Disputes => Set<Disputes.Dispute>();

    public DbSet<DisputeCorrespondence> Correspondence => Set<DisputeCorrespondence>();

    public DbSet<OfficeAdministrator> OfficeAdministrators => Set<OfficeAdministrator>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    /// <summary>The next dispute's place in the filing order, for its number.</summary>
    public async Task<long> NextDisputeNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>($"SELECT nextval('{DisputeConfiguration.NumberSequence}') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(DisputeConfiguration.NumberSequence);
    }
}
