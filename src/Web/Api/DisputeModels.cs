namespace Platform.Web.Api;

// The dispute service's answers, as this app reads them (src/Services/Dispute); its enums arrive as their names.

/// <summary>CLM-05/DSP-04: the dispute service's copy of a finalized claim, and the day a dispute of it is due by.</summary>
public sealed record DisputableClaim(
    string ClaimNumber, string Cin, string BillingNpi, DateOnly ServiceFrom, DateOnly ServiceTo, decimal BilledAmount, decimal PayableAmount,
    DateTimeOffset FinalizedAt, DateOnly FileBy);

public sealed record DisputeContact(string Name, string Email, string Phone, string? Title, string? Fax);

/// <summary>DSP-10: one step of a dispute's history.</summary>
public sealed record DisputeStep(DateTimeOffset At, string Status, string By, string? Note);

public sealed record DisputeDetail(
    string DisputeNumber, string ClaimNumber, string Cin, string BillingNpi, int Level, string Type, string Status, string RoutedTo,
    string Description, string ExpectedOutcome, DisputeContact Contact, decimal BilledAmount, decimal PayableAmount, DateTimeOffset SubmittedAt,
    DateOnly ReceivedOn, DateOnly? AcknowledgeBy, DateOnly? DecideBy, DateTimeOffset? AcknowledgedAt, string? Outcome, string? Rationale,
    decimal? ResolvedPayableAmount, IReadOnlyList<DisputeStep> History)
{
    /// <summary>DSP-10: Submitted, Acknowledged and InReview are open; Resolved and Withdrawn are closed.</summary>
    public bool IsOpen => Status is DisputeStatuses.Submitted or DisputeStatuses.Acknowledged or DisputeStatuses.InReview;

    /// <summary>DSP-03: the plan decides it (its reviewers work it), not a health network.</summary>
    public bool DecidedByPlan => RoutedTo == DisputeStatuses.Plan;
}

/// <summary>DSP-08: a row of Dispute Lookup's results.</summary>
public sealed record DisputeSummary(
    string DisputeNumber, string ClaimNumber, string Cin, string BillingNpi, int Level, string Type, string Status, string RoutedTo,
    DateOnly ReceivedOn, DateOnly? DecideBy)
{
    public bool IsOpen => Status is DisputeStatuses.Submitted or DisputeStatuses.Acknowledged or DisputeStatuses.InReview;
}

/// <summary>A row of the reviewer workbench; Due is OnTime, DueSoon or Overdue against the DSP-07 decision date.</summary>
public sealed record DisputeQueueItem(
    string DisputeNumber, string ClaimNumber, string BillingNpi, int Level, string Type, string Status, DateOnly ReceivedOn, DateOnly? DecideBy,
    string? Reviewer, string Due);

/// <summary>A letter of the Correspondence tab (DSP-06/08).</summary>
public sealed record DisputeLetter(
    Guid Id, string Kind, string Subject, string Body, IReadOnlyList<string> Recipients, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? EmailedAt);

/// <summary>A file attached to a dispute (DSP-05's Attachments tab) or a referral (REF-01), as the services list it.</summary>
public sealed record AttachedFile(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);

public static class DisputeStatuses
{
    public const string Submitted = "Submitted";
    public const string Acknowledged = "Acknowledged";
    public const string InReview = "InReview";
    public const string Resolved = "Resolved";
    public const string Withdrawn = "Withdrawn";

    /// <summary>The dispute service's RoutedTo for a dispute the plan decides.</summary>
    public const string Plan = "Plan";

    public static readonly IReadOnlyList<string> All = [Submitted, Acknowledged, InReview, Resolved, Withdrawn];

    public static string Label(string status) => status == InReview ? "In review" : status;
}
