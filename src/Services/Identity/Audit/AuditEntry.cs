using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Audit;

namespace Platform.Identity.Audit;

/// <summary>ACC-05: one PHI read or change anywhere in the plan, as the service that served it recorded it.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Service { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public required string Action { get; init; }

    public required string ResourceType { get; init; }

    public required string ResourceId { get; init; }

    public required string[] MemberIds { get; init; }

    public required string[] ClaimIds { get; init; }

    public string? ClientAddress { get; init; }

    public string? TraceId { get; init; }

    public static AuditEntry From(AuditRecord record) => new()
    {
        Id = record.Id,
        At = record.At,
        Service = record.Service,
        UserId = record.UserId,
        UserName = record.UserName,
        Action = record.Action,
        ResourceType = record.ResourceType,
        ResourceId = record.ResourceId,
        MemberIds = [.. record.MemberIds],
        ClaimIds = [.. record.ClaimIds],
        ClientAddress = record.ClientAddress,
        TraceId = record.TraceId,
    };

    public AuditRecord ToRecord() =>
        new(Id, At, Service, UserId, UserName, Action, ResourceType, ResourceId, MemberIds, ClaimIds, ClientAddress, TraceId);
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        // The EA's questions, newest first: by user, by date range, by member (array containment uses the GIN index).
        entry.HasIndex(e => new { e.UserId, e.At, e.Id });
        entry.HasIndex(e => new { e.At, e.Id });
        entry.HasIndex(e => e.MemberIds).HasMethod("gin");
        entry.Property(e => e.Service).HasMaxLength(100);
        entry.Property(e => e.UserId).HasMaxLength(200);
        entry.Property(e => e.UserName).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(50);
        entry.Property(e => e.ResourceType).HasMaxLength(100);
        entry.Property(e => e.ResourceId).HasMaxLength(200);
        entry.Property(e => e.ClientAddress).HasMaxLength(64);
        entry.Property(e => e.TraceId).HasMaxLength(32);
    }
}
