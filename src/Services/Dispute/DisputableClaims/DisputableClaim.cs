using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Claims;
using Platform.Dispute.Clock;
using Platform.ServiceDefaults;

namespace Platform.Dispute.DisputableClaims;

/// <summary>
/// The dispute service's own copy of a finalized claim (it never reads the claims database). CLM-05: only
/// claims that arrived here as finalized can be disputed.
/// </summary>
public sealed class DisputableClaim
{
    /// <summary>DSP-04: a dispute must be filed within 365 calendar days of the last determination.</summary>
    public const int FilingWindowDays = 365;

    public Guid ClaimId { get; init; }

    public required string ClaimNumber { get; init; }

    public required string Cin { get; set; }

    public required string BillingNpi { get; set; }

    public DateOnly ServiceFrom { get; set; }

    public DateOnly ServiceTo { get; set; }

    public decimal BilledAmount { get; set; }

    public decimal PayableAmount { get; set; }

    public DateTimeOffset FinalizedAt { get; set; }

    /// <summary>DSP-03: the health network responsible for the claim's payment, which decides its disputes; null for the plan.</summary>
    public string? HealthNetwork { get; set; }

    /// <summary>DSP-03 reads it: some OneCare disputes are appeals.</summary>
    public string? LineOfBusiness { get; set; }

    public DateOnly FileBy => DisputeClock.FileBy(FinalizedAt.PlanDay());

    public static DisputableClaim From(ClaimFinalized finalized) => new DisputableClaim
    {
        ClaimId = finalized.ClaimId,
        ClaimNumber = finalized.ClaimNumber,
        Cin = finalized.Cin,
        BillingNpi = finalized.BillingNpi,
    }.Apply(finalized);

    /// <summary>A later determination of the same claim replaces the amounts and restarts the filing window.</summary>
    public DisputableClaim Apply(ClaimFinalized finalized)
    {
        Cin = finalized.Cin;
        BillingNpi = finalized.BillingNpi;
        ServiceFrom = finalized.ServiceFrom;
        ServiceTo = finalized.ServiceTo;
        BilledAmount = finalized.BilledAmount;
        PayableAmount = finalized.PayableAmount;
        FinalizedAt = finalized.FinalizedAt;
        HealthNetwork = finalized.HealthNetwork;
        LineOfBusiness = finalized.LineOfBusiness;
        return this;
    }
}

public sealed class DisputableClaimConfiguration : IEntityTypeConfiguration<DisputableClaim>
{
    public void Configure(EntityTypeBuilder<DisputableClaim> claim)
    {
        claim.ToTable("disputable_claims");
        claim.HasKey(c => c.ClaimId);
        claim.HasIndex(c => c.ClaimNumber).IsUnique();
        claim.Property(c => c.ClaimNumber).HasMaxLength(20);
        claim.Property(c => c.Cin).HasMaxLength(9);
        claim.Property(c => c.BillingNpi).HasMaxLength(10);
        claim.Property(c => c.BilledAmount).HasPrecision(12, 2);
        claim.Property(c => c.PayableAmount).HasPrecision(12, 2);
        claim.Property(c => c.HealthNetwork).HasMaxLength(20);
        claim.Property(c => c.LineOfBusiness).HasMaxLength(20);
        claim.Ignore(c => c.FileBy);
    }
}
