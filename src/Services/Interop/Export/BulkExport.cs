using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Interop.Export;

public enum BulkExportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// One Provider Access export (FHIR Bulk Data kick-off): a network's attributed members' resources of the asked types,
/// changed since <see cref="Since"/>. Only <see cref="Requester"/> may poll it or read its files, and only until
/// <see cref="ExpiresAt"/>; a worker that dies mid-run leaves its lease to lapse and another run takes the job again.
/// </summary>
public sealed class BulkExport
{
    public Guid Id { get; init; }

    /// <summary>The token's subject that asked (a partner client: <c>client:altamed-api</c>).</summary>
    public required string Requester { get; init; }

    /// <summary>The Group exported: a health network's code, whose attributed members are its members today.</summary>
    public required string Network { get; init; }

    public required string[] Types { get; init; }

    public DateTimeOffset? Since { get; init; }

    /// <summary>The kick-off URL as the client sent it, echoed in the manifest (Bulk Data's <c>request</c>).</summary>
    public required string Request { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public BulkExportStatus Status { get; set; }

    /// <summary>The server time the export reflects (the manifest's <c>transactionTime</c>): when its run began.</summary>
    public DateTimeOffset? TransactionTime { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public List<BulkExportFile> Files { get; init; } = [];
}

/// <summary>One NDJSON file of an export: up to <see cref="ExportWriter.ResourcesPerFile"/> resources of one type.</summary>
public sealed class BulkExportFile
{
    public Guid Id { get; init; }

    public Guid ExportId { get; init; }

    public required string ResourceType { get; init; }

    public int Ordinal { get; init; }

    public int Count { get; init; }

    /// <summary>The members whose data the file holds: its download is audited against them (ACC-05).</summary>
    public required string[] MemberCins { get; init; }

    public required string Content { get; init; }
}

public sealed class BulkExportConfiguration : IEntityTypeConfiguration<BulkExport>
{
    public void Configure(EntityTypeBuilder<BulkExport> export)
    {
        export.ToTable("bulk_exports");
        export.HasKey(e => e.Id);
        export.Property(e => e.Requester).HasMaxLength(200);
        export.Property(e => e.Network).HasMaxLength(20);
        export.Property(e => e.Request).HasMaxLength(2000);
        export.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        export.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.ExportId).OnDelete(DeleteBehavior.Cascade);
        // The worker's next job, and the requester's one export in progress.
        export.HasIndex(e => new { e.Status, e.RequestedAt });
        export.HasIndex(e => e.Requester);
        export.HasIndex(e => e.ExpiresAt);
    }
}

public sealed class BulkExportFileConfiguration : IEntityTypeConfiguration<BulkExportFile>
{
    public void Configure(EntityTypeBuilder<BulkExportFile> file)
    {
        file.ToTable("bulk_export_files");
        file.HasKey(f => f.Id);
        file.Property(f => f.ResourceType).HasMaxLength(40);
        file.HasIndex(f => new { f.ExportId, f.ResourceType, f.Ordinal }).IsUnique();
    }
}
