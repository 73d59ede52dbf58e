using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Claims.Payments;

[JsonConverter(typeof(JsonStringEnumConverter<PaymentMethod>))]
public enum PaymentMethod
{
    Check,
    [JsonStringEnumMemberName("EFT")] Eft,
}

/// <summary>
/// CLM-03: one check or EFT to a billing provider, covering the claims of a payment cycle; its Remittance Advice lists
/// them, paid or denied. <see cref="Number"/> is the check number or the EFT trace number (the 835's TRN02).
/// </summary>
public sealed class Payment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public PaymentMethod Method { get; init; }

    public required string Number { get; init; }

    public DateOnly PaidOn { get; init; }

    public required string PayeeNpi { get; init; }

    public required string PayeeTin { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>SHA-256 of the request that recorded it: the same payment sent again is the same payment.</summary>
    public required string IntakeDigest { get; init; }
}

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments");
        payment.HasKey(p => p.Id);
        payment.HasIndex(p => new { p.Method, p.Number }).IsUnique();
        // The reconciliation view: a provider's payments newest first.
        payment.HasIndex(p => new { p.PayeeNpi, p.PaidOn });
        payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(10);
        payment.Property(p => p.Number).HasMaxLength(30);
        payment.Property(p => p.PayeeNpi).HasMaxLength(10);
        payment.Property(p => p.PayeeTin).HasMaxLength(9);
        payment.Property(p => p.Amount).HasPrecision(12, 2);
        payment.Property(p => p.IntakeDigest).HasMaxLength(64);
    }
}
