using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Eligibility.PcpChanges;

/// <summary>
/// ELG-06: a recorded request; the plan's customer service applies it, and the state's enrollment feed (ELG-08)
/// brings the new span back, so the request itself never changes coverage.
/// </summary>
public sealed class PcpChangeRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string MemberCin { get; init; }

    public required string NewPcpNpi { get; init; }

    public bool SawAssignedPcpThisMonth { get; init; }

    public DateOnly RequestedOn { get; init; }

    public DateOnly EffectiveDate { get; init; }

    /// <summary>The token's subject of who asked.</summary>
    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}

public sealed class PcpChangeRequestConfiguration : IEntityTypeConfiguration<PcpChangeRequest>
{
    public void Configure(EntityTypeBuilder<PcpChangeRequest> request)
    {
        request.ToTable("pcp_change_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.MemberCin).HasMaxLength(9);
        request.Property(r => r.NewPcpNpi).HasMaxLength(10);
        request.Property(r => r.RequestedBy).HasMaxLength(200);
        request.HasIndex(r => r.MemberCin);
    }
}
