using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Disputes;

namespace Platform.Dispute.Disputes;

/// <summary>The person the plan answers about the dispute (DSP-02: name, email and phone required; title and fax optional).</summary>
public sealed record DisputeContact(string Name, string Email, string Phone, string? Title, string? Fax);

/// <summary>
/// A Provider Dispute Resolution Request (Level 1) or a Provider Complaint Resolution (Level 2) of one claim's
/// determination, with the claim's amounts as they stood when it was filed (DSP-02's Dispute Details).
/// </summary>
public sealed class Dispute
{
    public Guid Id { get; init; }

    /// <summary>The plan's dispute number, PDR + the year received + seven digits, e.g. PDR260000042.</summary>
    public required string DisputeNumber { get; init; }

    public Guid ClaimId { get; init; }

    public required string ClaimNumber { get; init; }

    public required string Cin { get; init; }

    public required string BillingNpi { get; init; }

    /// <summary>DSP-03: the health network that decides it, when one is responsible for the claim's payment; null for the plan.</summary>
    public string? HealthNetwork { get; init; }

    /// <summary>DSP-09: 1 disputes a determination, 2 disputes a Level 1 decision.</summary>
    public int Level { get; init; }

    public DisputeType Type { get; init; }

    public bool ContractedProvider { get; init; }

    public required string Description { get; init; }

    public required string ExpectedOutcome { get; init; }

    public required DisputeContact Contact { get; init; }

    public decimal BilledAmount { get; init; }

    public decimal PayableAmount { get; init; }

    public DisputeStatus Status { get; set; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The plan's day of receipt: DSP-06's and DSP-07's clocks run from it.</summary>
    public DateOnly ReceivedOn { get; init; }

    /// <summary>The submitter's user id; with <see cref="IdempotencyKey"/> it makes a retried submission the same dispute.</summary>
    public required string SubmittedBy { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>The submission as sent (<see cref="ServiceDefaults.RequestDigest"/>): a retry must match it.</summary>
    public required string RequestDigest { get; init; }

    public static readonly DisputeStatus[] OpenStatuses = [DisputeStatus.Submitted, DisputeStatus.Acknowledged, DisputeStatus.InReview];

    public bool IsOpen => OpenStatuses.Contains(Status);

    public DisputeSubmitted Submitted() => new(Id, DisputeNumber, ClaimId, ClaimNumber, Level, HealthNetwork, SubmittedAt);
}

public sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    /// <summary>Numbers disputes in the order they are filed.</summary>
    public const string NumberSequence = "dispute_numbers";

    public const string OneOpenPerClaim = "ix_disputes_one_open_per_claim";

    public void Configure(EntityTypeBuilder<Dispute> dispute)
    {
        dispute.ToTable("disputes");
        dispute.HasKey(d => d.Id);
        dispute.HasIndex(d => d.DisputeNumber).IsUnique();
        dispute.HasIndex(d => new { d.SubmittedBy, d.IdempotencyKey }).IsUnique();
        // DSP-01/09: one open dispute per claim, even for two submissions racing each other.
        dispute.HasIndex(d => d.ClaimId).IsUnique().HasFilter($"\"Status\" IN ({string.Join(", ", Dispute.OpenStatuses.Select(s => $"'{s}'"))})")
            .HasDatabaseName(OneOpenPerClaim);
        dispute.HasIndex(d => new { d.ClaimId, d.Level });
        dispute.HasIndex(d => new { d.BillingNpi, d.SubmittedAt });
        dispute.Property(d => d.DisputeNumber).HasMaxLength(12);
        dispute.Property(d => d.ClaimNumber).HasMaxLength(20);
        dispute.Property(d => d.Cin).HasMaxLength(9);
        dispute.Property(d => d.BillingNpi).HasMaxLength(10);
        dispute.Property(d => d.HealthNetwork).HasMaxLength(20);
        dispute.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        dispute.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        dispute.Property(d => d.Description).HasMaxLength(SubmitDisputeRequest.MaxDescription);
        dispute.Property(d => d.ExpectedOutcome).HasMaxLength(SubmitDisputeRequest.MaxExpectedOutcome);
        dispute.Property(d => d.SubmittedBy).HasMaxLength(100);
        dispute.Property(d => d.IdempotencyKey).HasMaxLength(SubmitDisputeRequest.MaxIdempotencyKey);
        dispute.Property(d => d.RequestDigest).HasMaxLength(64);
        dispute.Property(d => d.BilledAmount).HasPrecision(12, 2);
        dispute.Property(d => d.PayableAmount).HasPrecision(12, 2);
        dispute.OwnsOne(d => d.Contact, contact => contact.ToJson());
        dispute.Ignore(d => d.IsOpen);
    }
}
