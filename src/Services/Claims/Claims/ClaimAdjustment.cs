using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Claims.Payments;

namespace Platform.Claims.Claims;

/// <summary>
/// DSP-10: what an overturned dispute changed on a claim's payable, and the payment that settled the difference. An
/// adjustment before the claim was paid is settled by the claim's own payment; one after it is owed, and goes out on
/// the next payment that lists the claim — its Remittance Advice shows it among the prior claims adjusted (as an
/// 835's provider-level adjustment would), so the office sees why that deposit is larger.
/// </summary>
public sealed class ClaimAdjustment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ClaimId { get; init; }

    /// <summary>The overturned dispute that made it; one dispute adjusts its claim once.</summary>
    public required string DisputeNumber { get; init; }

    public decimal PreviousPayableAmount { get; init; }

    public decimal PayableAmount { get; init; }

    /// <summary>What the adjustment adds to the claim's payable: what its settling payment pays for it.</summary>
    public decimal Amount { get; init; }

    public DateTimeOffset AdjustedAt { get; init; }

    public Guid? PaymentId { get; private set; }

    public string? PaymentNumber { get; private set; }

    public void Settle(Payment payment) => (PaymentId, PaymentNumber) = (payment.Id, payment.Number);
}

public sealed class ClaimAdjustmentConfiguration : IEntityTypeConfiguration<ClaimAdjustment>
{
    public void Configure(EntityTypeBuilder<ClaimAdjustment> adjustment)
    {
        adjustment.ToTable("claim_adjustments");
        adjustment.HasKey(a => a.Id);
        adjustment.HasIndex(a => a.DisputeNumber).IsUnique();
        adjustment.HasIndex(a => a.ClaimId);
        // A Remittance Advice lists the adjustments its payment settled.
        adjustment.HasIndex(a => a.PaymentId);
        adjustment.Property(a => a.DisputeNumber).HasMaxLength(12);
        adjustment.Property(a => a.PaymentNumber).HasMaxLength(30);
        adjustment.Property(a => a.PreviousPayableAmount).HasPrecision(12, 2);
        adjustment.Property(a => a.PayableAmount).HasPrecision(12, 2);
        adjustment.Property(a => a.Amount).HasPrecision(12, 2);
    }
}
