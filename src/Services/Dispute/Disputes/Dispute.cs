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

    public DisputeStatus Status { get; private set; } = DisputeStatus.Submitted;

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The plan's day of receipt: DSP-06's and DSP-07's clocks run from it.</summary>
    public DateOnly ReceivedOn { get; init; }

    /// <summary>The submitter's user id; with <see cref="IdempotencyKey"/> it makes a retried submission the same dispute.</summary>
    public required string SubmittedBy { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>DSP-06: the submitter's office, whose LOA is told of the acknowledgment too (null for a partner's submission).</summary>
    public Guid? SubmitterOffice { get; init; }

    /// <summary>The submission as sent (<see cref="ServiceDefaults.RequestDigest"/>): a retry must match it.</summary>
    public required string RequestDigest { get; init; }

    /// <summary>DSP-06: the latest day to acknowledge it; DSP-07: the latest day to decide it (null past the holiday table).</summary>
    public DateOnly? AcknowledgeBy { get; init; }

    public DateOnly? DecideBy { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>The plan reviewer working it, once in review.</summary>
    public string? Reviewer { get; private set; }

    public DisputeOutcome? Outcome { get; private set; }

    /// <summary>The written reason of the decision, which the provider receives.</summary>
    public string? Rationale { get; private set; }

    /// <summary>What the claim pays after an overturn (more than <see cref="PayableAmount"/>, at most what was billed).</summary>
    public decimal? ResolvedPayableAmount { get; private set; }

    public List<DisputeTransition> History { get; init; } = [];

    /// <summary>PostgreSQL's xmin: two reviewers acting on one dispute at once cannot both win.</summary>
    public uint Version { get; private set; }

    public static readonly DisputeStatus[] OpenStatuses = [DisputeStatus.Submitted, DisputeStatus.Acknowledged, DisputeStatus.InReview];

    /// <summary>DSP-10's steps: each status and the ones it may come from. Withdrawn is the submitter's, at any open step.</summary>
    private static readonly Dictionary<DisputeStatus, DisputeStatus[]> From = new()
    {
        [DisputeStatus.Acknowledged] = [DisputeStatus.Submitted],
        [DisputeStatus.InReview] = [DisputeStatus.Acknowledged],
        [DisputeStatus.Resolved] = [DisputeStatus.InReview],
        [DisputeStatus.Withdrawn] = OpenStatuses,
    };

    public bool CanMoveTo(DisputeStatus status) => From.TryGetValue(status, out var from) && from.Contains(Status);

    public void Acknowledge(DateTimeOffset at, string by)
    {
        Move(DisputeStatus.Acknowledged, at, by, note: null);
        AcknowledgedAt = at;
    }

    public void StartReview(DateTimeOffset at, string reviewer)
    {
        Move(DisputeStatus.InReview, at, reviewer, note: null);
        Reviewer = reviewer;
    }

    public DisputeResolved Resolve(DisputeOutcome outcome, string rationale, decimal? payableAmount, DateTimeOffset at, string by)
    {
        Move(DisputeStatus.Resolved, at, by, $"{outcome}: {rationale}");
        (Outcome, Rationale, ResolvedPayableAmount) = (outcome, rationale, payableAmount);
        return new DisputeResolved(Id, DisputeNumber, ClaimId, ClaimNumber, outcome.ToString(), PayableAmount, payableAmount, rationale, at);
    }

    public DisputeWithdrawn Withdraw(string? reason, DateTimeOffset at, string by)
    {
        Move(DisputeStatus.Withdrawn, at, by, reason);
        return new DisputeWithdrawn(Id, DisputeNumber, ClaimId, ClaimNumber, at);
    }

    private void Move(DisputeStatus status, DateTimeOffset at, string by, string? note)
    {
        if (!CanMoveTo(status))
        {
            throw new InvalidOperationException($"Dispute {DisputeNumber} is {Status}; it cannot become {status}.");
        }

        Status = status;
        History.Add(new DisputeTransition(at, status, by, note));
    }

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
        // DSP-08's lookups: by provider newest first, by claim number, by member.
        dispute.HasIndex(d => new { d.BillingNpi, d.DisputeNumber });
        dispute.HasIndex(d => d.ClaimNumber);
        dispute.HasIndex(d => d.Cin);
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
        dispute.Property(d => d.IdempotencyKey).HasMaxLength(ServiceDefaults.IdempotencyKeys.MaxLength);
        dispute.Property(d => d.RequestDigest).HasMaxLength(64);
        dispute.Property(d => d.BilledAmount).HasPrecision(12, 2);
        dispute.Property(d => d.PayableAmount).HasPrecision(12, 2);
        dispute.Property(d => d.Reviewer).HasMaxLength(100);
        dispute.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        dispute.Property(d => d.Rationale).HasMaxLength(ResolveDisputeRequest.MaxRationale);
        dispute.Property(d => d.ResolvedPayableAmount).HasPrecision(12, 2);
        dispute.Property(d => d.Version).IsRowVersion();
        dispute.HasIndex(d => new { d.Status, d.DecideBy });
        dispute.OwnsOne(d => d.Contact, contact => contact.ToJson());
        dispute.OwnsMany(d => d.History, history =>
        {
            history.ToJson();
            history.Property(h => h.Status).HasConversion<string>();
        });
    }
}
