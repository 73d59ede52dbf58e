using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Claims;

namespace Platform.Claims.Claims;

public enum ClaimStatus
{
    Received,
    Finalized,
}

public sealed class Claim
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string ClaimNumber { get; init; }

    public required string Cin { get; init; }

    public required string BillingNpi { get; init; }

    /// <summary>ACC-06: the health network responsible for the claim, whose partner clients may see it; null for the plan.</summary>
    public string? HealthNetwork { get; init; }

    public DateOnly ServiceFrom { get; init; }

    public DateOnly ServiceTo { get; init; }

    public decimal BilledAmount { get; init; }

    public decimal? PayableAmount { get; private set; }

    public ClaimStatus Status { get; private set; } = ClaimStatus.Received;

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? FinalizedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: two concurrent finalizations cannot both win.</summary>
    public uint Version { get; private set; }

    /// <summary>CLM-05: finalizing is what makes a claim disputable, so it always announces itself.</summary>
    public ClaimFinalized Finalize(decimal payableAmount, DateTimeOffset at)
    {
        Status = ClaimStatus.Finalized;
        PayableAmount = payableAmount;
        FinalizedAt = at;
        return new ClaimFinalized(Id, ClaimNumber, Cin, BillingNpi, ServiceFrom, ServiceTo, BilledAmount, payableAmount, at);
    }
}

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.ToTable("claims");
        claim.HasKey(c => c.Id);
        claim.HasIndex(c => c.ClaimNumber).IsUnique();
        claim.HasIndex(c => c.Cin);
        claim.Property(c => c.ClaimNumber).HasMaxLength(20);
        claim.Property(c => c.Cin).HasMaxLength(9);
        claim.Property(c => c.BillingNpi).HasMaxLength(10);
        claim.Property(c => c.HealthNetwork).HasMaxLength(20);
        claim.Property(c => c.BilledAmount).HasPrecision(12, 2);
        claim.Property(c => c.PayableAmount).HasPrecision(12, 2);
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        claim.Property(c => c.Version).IsRowVersion();
    }
}
