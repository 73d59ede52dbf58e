using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Referrals;

namespace Platform.Referral.Referrals;

/// <summary>
/// A referral (authorization request, REF-01) as submitted and decided: who asked for which services for whom, the
/// rules that decided it (REF-12's trace), its due time and its history (REF-13).
/// </summary>
public sealed class Referral
{
    public Guid Id { get; init; }

    /// <summary>The plan's referral number: RF, two digits of the year, seven of the submission order (RF260000042).</summary>
    public required string ReferralNumber { get; init; }

    public required string Cin { get; init; }

    public required string RequestingNpi { get; init; }

    public required string ServicingNpi { get; init; }

    public bool ServicingTertiary { get; init; }

    /// <summary>The member's health network on the date of service (ACC-06's partner scope); null for the plan's own.</summary>
    public string? HealthNetwork { get; init; }

    public required string LineOfBusiness { get; init; }

    public DateOnly ServiceFrom { get; init; }

    public DateOnly ServiceTo { get; set; }

    public List<string> DiagnosisCodes { get; init; } = [];

    public List<ReferralLine> Lines { get; set; } = [];

    /// <summary>REF-05: what the submitter asked for, and what the request is handled as.</summary>
    public ReferralUrgency RequestedUrgency { get; init; }

    public ReferralUrgency Urgency { get; init; }

    public UrgentCriterion? UrgentCriterion { get; init; }

    public string? Notes { get; init; }

    /// <summary>REF-07…09: the redirect indicator, the reason a redirect is refused, and REF-08's note.</summary>
    public bool AllowRedirect { get; init; }

    public string? RedirectJustification { get; init; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.Submitted;

    public List<RuleOutcome> RuleTrace { get; init; } = [];

    /// <summary>REF-12: by when a reviewer decides it (null once decided at submission).</summary>
    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The plan's day of submission: REF-11's two-year window counts by it.</summary>
    public DateOnly SubmittedOn { get; init; }

    public required string SubmittedBy { get; init; }

    public required string IdempotencyKey { get; init; }

    public required string RequestDigest { get; init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Decided at submission by REF-12's rules, not by a reviewer.</summary>
    public bool DecidedAutomatically { get; private set; }

    /// <summary>REF-13: the decision's specific reason (a denial's is required, CMS-0057-F).</summary>
    public string? DecisionReason { get; private set; }

    public string? Reviewer { get; private set; }

    public List<ReferralTransition> History { get; init; } = [];

    /// <summary>PostgreSQL's xmin: two reviewers deciding one referral at once cannot both win.</summary>
    public uint Version { get; private set; }

    /// <summary>The system's name in <see cref="ReferralTransition.By"/> for REF-12's automatic steps.</summary>
    public const string Plan = "plan";

    public static readonly ReferralStatus[] Decided = [ReferralStatus.Approved, ReferralStatus.Modified, ReferralStatus.Denied];

    public bool IsPended => Status == ReferralStatus.Pended;

    /// <summary>REF-12: approved at submission, every rule having passed.</summary>
    public void ApproveAutomatically(DateTimeOffset at)
    {
        Lines = [.. Lines.Select(line => line with { ApprovedQuantity = line.Quantity })];
        Decide(ReferralStatus.Approved, "Approved at submission: every rule passed (see the rule trace).", Plan, at);
        DecidedAutomatically = true;
    }

    public void Pend(DateTimeOffset at, string reason) => Move(ReferralStatus.Pended, at, Plan, reason);

    public void Approve(string? note, string reviewer, DateTimeOffset at)
    {
        Lines = [.. Lines.Select(line => line with { ApprovedQuantity = line.Quantity })];
        Decide(ReferralStatus.Approved, note, reviewer, at);
    }

    /// <summary>A reviewer approves fewer units or a shorter period than asked: <paramref name="quantities"/> by line number.</summary>
    public void Modify(IReadOnlyDictionary<int, int> quantities, DateOnly? serviceTo, string reason, string reviewer, DateTimeOffset at)
    {
        Lines = [.. Lines.Select(line => line with { ApprovedQuantity = quantities.GetValueOrDefault(line.LineNumber, line.Quantity) })];
        ServiceTo = serviceTo ?? ServiceTo;
        Decide(ReferralStatus.Modified, reason, reviewer, at);
    }

    public void Deny(string reason, string reviewer, DateTimeOffset at)
    {
        Lines = [.. Lines.Select(line => line with { ApprovedQuantity = 0 })];
        Decide(ReferralStatus.Denied, reason, reviewer, at);
    }

    /// <summary>A reviewer asks the submitter for more (records, a clearer reason); the request stays pended.</summary>
    public void RequestInformation(string request, string reviewer, DateTimeOffset at)
    {
        Reviewer = reviewer;
        History.Add(new ReferralTransition(at, ReferralStatus.Pended, reviewer, $"Information requested: {request}"));
    }

    /// <summary>The submitter's answer to an information request, or more they want the reviewer to know.</summary>
    public void AddInformation(string information, string by, DateTimeOffset at) =>
        History.Add(new ReferralTransition(at, ReferralStatus.Pended, by, $"Information provided: {information}"));

    public void Cancel(string? reason, string by, DateTimeOffset at) => Move(ReferralStatus.Cancelled, at, by, reason);

    /// <summary>REF-01: files the submitter added while the request is pended, noted so the submitter and the reviewer see them.</summary>
    public void NoteAttachments(int count, string by, DateTimeOffset at)
    {
        if (!IsPended)
        {
            throw new InvalidOperationException($"Referral {ReferralNumber} is {Status}; files are added while it is pended.");
        }

        History.Add(new ReferralTransition(at, ReferralStatus.Pended, by, count == 1 ? "1 file attached" : $"{count} files attached"));
    }

    private void Decide(ReferralStatus status, string? reason, string by, DateTimeOffset at)
    {
        Move(status, at, by, reason);
        (DecidedAt, DecisionReason) = (at, reason);
        Reviewer = by == Plan ? null : by;
    }

    private void Move(ReferralStatus status, DateTimeOffset at, string by, string? note)
    {
        var allowed = status switch
        {
            ReferralStatus.Pended => Status == ReferralStatus.Submitted,
            ReferralStatus.Approved when by == Plan => Status == ReferralStatus.Submitted,
            ReferralStatus.Approved or ReferralStatus.Modified or ReferralStatus.Denied or ReferralStatus.Cancelled => Status == ReferralStatus.Pended,
            _ => false,
        };
        if (!allowed)
        {
            throw new InvalidOperationException($"Referral {ReferralNumber} is {Status}; it cannot become {status}.");
        }

        Status = status;
        History.Add(new ReferralTransition(at, status, by, note));
    }

    public ReferralSubmitted Submitted() =>
        new(Id, ReferralNumber, Cin, RequestingNpi, ServicingNpi, HealthNetwork, Urgency.ToString(), SubmittedOn, SubmittedAt);

    public ReferralStatusChanged StatusChanged(DateTimeOffset at) => new(Id, ReferralNumber, Status.ToString(), RequestingNpi, ServicingNpi, HealthNetwork, at);

    public ReferralDecided Decision() =>
        new(Id, ReferralNumber, Cin, Status.ToString(), DecidedAutomatically, DecisionReason, SubmittedAt, DecidedAt!.Value);
}

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    /// <summary>Numbers referrals in the order they are submitted.</summary>
    public const string NumberSequence = "referral_numbers";

    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("referrals");
        referral.HasKey(r => r.Id);
        referral.HasIndex(r => r.ReferralNumber).IsUnique();
        referral.HasIndex(r => new { r.SubmittedBy, r.IdempotencyKey }).IsUnique();
        // REF-11's lookups: by member over a window, by provider newest first; the reviewer queue by due time.
        referral.HasIndex(r => new { r.Cin, r.SubmittedOn });
        referral.HasIndex(r => new { r.RequestingNpi, r.ReferralNumber });
        referral.HasIndex(r => new { r.ServicingNpi, r.ReferralNumber });
        referral.HasIndex(r => new { r.Status, r.DueAt });
        // REF-13's public metrics: a quarter's decisions are read from this index alone, however many referrals there are.
        referral.HasIndex(r => r.DecidedAt).IncludeProperties(r => new { r.Urgency, r.Status, r.SubmittedAt, r.DueAt }).HasFilter("\"DecidedAt\" IS NOT NULL");
        referral.Property(r => r.ReferralNumber).HasMaxLength(11);
        referral.Property(r => r.Cin).HasMaxLength(9);
        referral.Property(r => r.RequestingNpi).HasMaxLength(10);
        referral.Property(r => r.ServicingNpi).HasMaxLength(10);
        referral.Property(r => r.HealthNetwork).HasMaxLength(20);
        referral.Property(r => r.LineOfBusiness).HasMaxLength(20);
        referral.Property(r => r.RequestedUrgency).HasConversion<string>().HasMaxLength(10);
        referral.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(10);
        referral.Property(r => r.UrgentCriterion).HasConversion<string>().HasMaxLength(30);
        referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        referral.Property(r => r.Notes).HasMaxLength(Submission.SubmitReferralRequest.MaxNotes);
        referral.Property(r => r.RedirectJustification).HasMaxLength(RedirectChoice.MaxJustification);
        referral.Property(r => r.SubmittedBy).HasMaxLength(100);
        referral.Property(r => r.IdempotencyKey).HasMaxLength(ServiceDefaults.IdempotencyKeys.MaxLength);
        referral.Property(r => r.RequestDigest).HasMaxLength(64);
        referral.Property(r => r.DecisionReason).HasMaxLength(Decisions.DecideReferralRequest.MaxReason);
        referral.Property(r => r.Reviewer).HasMaxLength(100);
        referral.Property(r => r.Version).IsRowVersion();
        referral.OwnsMany(r => r.Lines, lines => lines.ToJson());
        referral.OwnsMany(r => r.RuleTrace, trace =>
        {
            trace.ToJson();
            trace.Property(t => t.Result).HasConversion<string>();
        });
        referral.OwnsMany(r => r.History, history =>
        {
            history.ToJson();
            history.Property(h => h.Status).HasConversion<string>();
        });
    }
}
