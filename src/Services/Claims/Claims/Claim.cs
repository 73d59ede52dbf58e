using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Claims.Codes;
using Platform.Claims.Fwa;
using Platform.Claims.Payments;
using Platform.Contracts.Claims;

namespace Platform.Claims.Claims;

/// <summary>
/// A payer's claim: the header the portal shows (CLM-01/02), its diagnoses and service lines, and once determined
/// the totals its lines add up to. <see cref="ServiceFrom"/>/<see cref="ServiceTo"/> and the amounts are the lines'
/// span and sums, kept on the header so a lookup over millions of lines reads one row per claim.
/// </summary>
public sealed class Claim
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string ClaimNumber { get; init; }

    public required string Cin { get; init; }

    public required string BillingNpi { get; init; }

    public required string BillingTin { get; init; }

    public string? RenderingNpi { get; init; }

    public required string LineOfBusiness { get; init; }

    /// <summary>ACC-06: the health network responsible for payment, whose partner clients may see it; null for the plan.</summary>
    public string? HealthNetwork { get; init; }

    /// <summary>The day the plan received the claim: CLM-04's clock stops here.</summary>
    public DateOnly ReceivedOn { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateOnly ServiceFrom { get; init; }

    public DateOnly ServiceTo { get; init; }

    public decimal BilledAmount { get; init; }

    public decimal? AllowedAmount { get; private set; }

    public decimal? PayableAmount { get; private set; }

    public decimal? MemberCostShare { get; private set; }

    public ClaimStatus Status { get; private set; } = ClaimStatus.Received;

    /// <summary>Why the claim was denied or pended, in words a billing office can act on.</summary>
    public string? StatusReason { get; private set; }

    public DateTimeOffset? FinalizedAt { get; private set; }

    /// <summary>CLM-03: the check or EFT the claim went out on, once paid.</summary>
    public Guid? PaymentId { get; private set; }

    public PaymentMethod? PaymentMethod { get; private set; }

    public string? PaymentNumber { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public List<string> DiagnosisCodes { get; init; } = [];

    public List<ClaimLine> Lines { get; init; } = [];

    /// <summary>DSP-10: the payable changes overturned disputes made, oldest first.</summary>
    public List<ClaimAdjustment> Adjustments { get; init; } = [];

    /// <summary>CLM-06: computed at intake, shown to plan staff only.</summary>
    public List<FwaFlag> FwaFlags { get; set; } = [];

    /// <summary>
    /// DSP-01: the dispute open on the claim, as the dispute service announced it (DisputeSubmitted); while one is,
    /// the claim offers no "Dispute Claim".
    /// </summary>
    public string? OpenDispute { get; set; }

    /// <summary>SHA-256 of the intake request: a resent claim with the same content is the same claim.</summary>
    public required string IntakeDigest { get; init; }

    /// <summary>PostgreSQL's xmin: two concurrent adjudications cannot both win.</summary>
    public uint Version { get; private set; }

    /// <summary>
    /// CLM-04: lines received more than a year after their date of service are denied at intake (CO-29); when that is
    /// every line, the claim is denied then and there — a final determination, announced like any other.
    /// </summary>
    public ClaimFinalized? ApplyTimelyFiling(DateTimeOffset at)
    {
        foreach (var line in Lines.Where(l => TimelyFiling.IsLate(l.ServiceTo, ReceivedOn)))
        {
            line.Decide(0, 0, [Adjustment.TimelyFiling(line.BilledAmount)], []);
        }

        return Lines.All(l => l.Status == LineStatus.Denied)
            ? Determine(ClaimStatus.Denied, TimelyFiling.Reason(ServiceTo, ReceivedOn), at)
            : null;
    }

    /// <summary>Pends the claim: its lines wait for a decision again.</summary>
    public void Pend(string reason)
    {
        foreach (var line in Lines)
        {
            line.Reopen();
        }

        (Status, StatusReason, AllowedAmount, PayableAmount, MemberCostShare) = (ClaimStatus.Pended, reason, null, null, null);
    }

    /// <summary>
    /// A final determination, Finalized or Denied as the claims system decided, from lines already decided (a claim
    /// paid at $0 towards a deductible is Finalized, not Denied). The first one is announced as ClaimFinalized
    /// (CLM-05); a later one is an adjustment, announced as ClaimAdjusted.
    /// </summary>
    public Determination Finalize(ClaimStatus status, string? reason, DateTimeOffset at)
    {
        var previous = Status.IsFinal() ? PayableAmount : null;
        var finalized = Determine(status, reason, at);
        return new Determination(finalized, previous is { } before
            ? new ClaimAdjusted(Id, ClaimNumber, Cin, BillingNpi, BilledAmount, before, finalized.PayableAmount, finalized.Status, at, finalized.Lines)
            : null);
    }

    /// <summary>
    /// DSP-10: an overturned dispute raises the payable to <paramref name="payable"/> (at most what was billed). The
    /// difference is paid on the lines in order, taken off their adjustments — every line's payer adjustments before
    /// any member's cost share — so every line still balances as on an 835; the new determination restarts DSP-04's
    /// window like any adjustment.
    /// </summary>
    public (ClaimAdjusted Adjusted, ClaimAdjustment Adjustment) AdjustForDispute(string disputeNumber, decimal payable, DateTimeOffset at)
    {
        var previous = PayableAmount ?? 0;
        var left = payable - previous;
        foreach (var memberShare in new[] { false, true })
        {
            foreach (var line in Lines.OrderBy(l => l.LineNumber))
            {
                left -= line.Raise(left, memberShare);
            }
        }

        var determination = Finalize(Lines.Any(l => l.Status == LineStatus.Paid) ? ClaimStatus.Finalized : ClaimStatus.Denied,
            $"Dispute {disputeNumber} was overturned: the payable went from {previous:0.00} to {PayableAmount:0.00}.", at);
        var adjustment = new ClaimAdjustment
        {
            ClaimId = Id, DisputeNumber = disputeNumber, PreviousPayableAmount = previous, PayableAmount = PayableAmount!.Value,
            Amount = PayableAmount.Value - previous, AdjustedAt = at,
        };
        Adjustments.Add(adjustment);
        return (determination.Adjusted!, adjustment);
    }

    /// <summary>
    /// What a payment listing the claim pays for it: all of its payable the first time; later, only what adjustments
    /// since added (zero when none is owed).
    /// </summary>
    public decimal AmountOwed => PaymentId is null ? PayableAmount ?? 0 : Adjustments.Where(a => a.PaymentId is null).Sum(a => a.Amount);

    /// <summary>The claim goes out on the payment, or — paid before — the adjustments it owes do; announced as ClaimPaid with what was paid now.</summary>
    public ClaimPaid Pay(Payment payment)
    {
        var paid = AmountOwed;
        if (PaymentId is null)
        {
            (PaymentId, PaymentMethod, PaymentNumber, PaidOn) = (payment.Id, payment.Method, payment.Number, payment.PaidOn);
        }

        foreach (var adjustment in Adjustments.Where(a => a.PaymentId is null))
        {
            adjustment.Settle(payment);
        }

        return new ClaimPaid(Id, ClaimNumber, Cin, BillingNpi, paid, payment.Method == Payments.PaymentMethod.Eft ? "EFT" : "Check",
            payment.Number, payment.PaidOn);
    }

    public ClaimReceived Received() => new(Id, ClaimNumber, Cin, ServiceFrom, ReceivedAt);

    private ClaimFinalized Determine(ClaimStatus status, string? reason, DateTimeOffset at)
    {
        Status = status;
        StatusReason = reason;
        AllowedAmount = Lines.Sum(l => l.AllowedAmount ?? 0);
        PayableAmount = Lines.Sum(l => l.PayableAmount ?? 0);
        MemberCostShare = Lines.Sum(l => l.MemberCostShare);
        FinalizedAt = at;
        return new ClaimFinalized(Id, ClaimNumber, Cin, BillingNpi, ServiceFrom, ServiceTo, BilledAmount, PayableAmount.Value, at,
            status.ToString(), HealthNetwork, LineOfBusiness, ReceivedOn, [.. Lines.OrderBy(l => l.LineNumber).Select(l => l.Snapshot())]);
    }
}

/// <summary>A final determination, and when it replaced an earlier one, the adjustment to announce instead.</summary>
public sealed record Determination(ClaimFinalized Finalized, ClaimAdjusted? Adjusted);

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.ToTable("claims");
        claim.HasKey(c => c.Id);
        claim.HasIndex(c => c.ClaimNumber).IsUnique();
        // CLM-01: a member's claims newest service first, the order lookups page in.
        claim.HasIndex(c => new { c.Cin, c.ServiceFrom, c.ClaimNumber });
        // CLM-06 and the reconciliation: a provider's claims by date.
        claim.HasIndex(c => new { c.BillingNpi, c.ServiceFrom });
        claim.Property(c => c.ClaimNumber).HasMaxLength(20);
        claim.Property(c => c.Cin).HasMaxLength(9);
        claim.Property(c => c.BillingNpi).HasMaxLength(10);
        claim.Property(c => c.BillingTin).HasMaxLength(9);
        claim.Property(c => c.RenderingNpi).HasMaxLength(10);
        claim.Property(c => c.LineOfBusiness).HasMaxLength(20);
        claim.Property(c => c.HealthNetwork).HasMaxLength(20);
        claim.Property(c => c.OpenDispute).HasMaxLength(12);
        claim.Property(c => c.BilledAmount).HasPrecision(12, 2);
        claim.Property(c => c.AllowedAmount).HasPrecision(12, 2);
        claim.Property(c => c.PayableAmount).HasPrecision(12, 2);
        claim.Property(c => c.MemberCostShare).HasPrecision(12, 2);
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        claim.Property(c => c.StatusReason).HasMaxLength(500);
        claim.Property(c => c.IntakeDigest).HasMaxLength(64);
        claim.Property(c => c.PaymentMethod).HasConversion<string>().HasMaxLength(10);
        claim.Property(c => c.PaymentNumber).HasMaxLength(30);
        claim.HasIndex(c => c.PaymentId);
        claim.Property(c => c.Version).IsRowVersion();
        claim.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ClaimId);
        claim.HasMany(c => c.Adjustments).WithOne().HasForeignKey(a => a.ClaimId);
        claim.Ignore(c => c.AmountOwed);
        claim.OwnsMany(c => c.FwaFlags, flag => flag.ToJson());
    }
}
