using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Claims;

namespace Platform.Interop.Export;

/// <summary>
/// A determined claim as the bulk export writes it (an ExplanationOfBenefit), kept from the claims service's
/// ClaimFinalized, ClaimAdjusted and ClaimPaid: a network's claims in one query rather than a call per claim.
/// </summary>
public sealed class ExportClaim
{
    public Guid ClaimId { get; init; }

    public required string ClaimNumber { get; init; }

    public required string Cin { get; init; }

    public required string BillingNpi { get; init; }

    public DateOnly ServiceFrom { get; set; }

    public DateOnly ServiceTo { get; set; }

    public decimal BilledAmount { get; set; }

    public decimal PayableAmount { get; set; }

    public required string Status { get; set; }

    /// <summary>The network responsible for the claim, if any: a partner exports only its own (ACC-06).</summary>
    public string? HealthNetwork { get; set; }

    public string? LineOfBusiness { get; set; }

    /// <summary>The last determination's time (finalization or adjustment): an older one arriving late changes nothing.</summary>
    public DateTimeOffset DeterminedAt { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The lines as last determined; empty when the sender announced none.</summary>
    public List<ClaimLineSnapshot> Lines { get; set; } = [];

    public decimal? PaidAmount { get; set; }

    public DateOnly? PaidOn { get; set; }

    /// <summary>When this copy last changed here: the export's <c>_since</c> compares with it.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public static ExportClaim From(ClaimFinalized message) => new()
    {
        ClaimId = message.ClaimId, ClaimNumber = message.ClaimNumber, Cin = message.Cin, BillingNpi = message.BillingNpi, Status = message.Status,
    };

    public void Apply(ClaimFinalized message, DateTimeOffset now)
    {
        (ServiceFrom, ServiceTo, BilledAmount, PayableAmount, Status) = (message.ServiceFrom, message.ServiceTo, message.BilledAmount, message.PayableAmount, message.Status);
        (HealthNetwork, LineOfBusiness, DeterminedAt, ChangedAt) = (message.HealthNetwork, message.LineOfBusiness, message.FinalizedAt, now);
        (ReceivedOn, Lines) = (message.ReceivedOn, [.. message.Lines ?? []]);
    }
}

public sealed class ExportClaimConfiguration : IEntityTypeConfiguration<ExportClaim>
{
    public void Configure(EntityTypeBuilder<ExportClaim> claim)
    {
        claim.ToTable("claims");
        claim.HasKey(c => c.ClaimId);
        claim.Property(c => c.ClaimNumber).HasMaxLength(20);
        claim.Property(c => c.Cin).HasMaxLength(9);
        claim.Property(c => c.BillingNpi).HasMaxLength(10);
        claim.Property(c => c.Status).HasMaxLength(20);
        claim.Property(c => c.HealthNetwork).HasMaxLength(20);
        claim.Property(c => c.LineOfBusiness).HasMaxLength(30);
        claim.Property(c => c.BilledAmount).HasPrecision(12, 2);
        claim.Property(c => c.PayableAmount).HasPrecision(12, 2);
        claim.Property(c => c.PaidAmount).HasPrecision(12, 2);
        claim.Property(c => c.Lines).HasColumnType("jsonb").HasConversion(
            lines => JsonSerializer.Serialize(lines, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<List<ClaimLineSnapshot>>(json, JsonSerializerOptions.Default) ?? new List<ClaimLineSnapshot>(),
            new ValueComparer<List<ClaimLineSnapshot>>((a, b) => a!.SequenceEqual(b!), lines => lines.Count, lines => lines.ToList()));
        // A network's export reads its members' claims.
        claim.HasIndex(c => c.Cin);
    }
}
