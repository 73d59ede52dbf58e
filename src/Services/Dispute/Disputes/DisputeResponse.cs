namespace Platform.Dispute.Disputes;

/// <summary>A dispute as its submitter and the plan see it: where it went, its claim's amounts, its deadlines (DSP-06/07), where it stands and how it got there.</summary>
public sealed record DisputeResponse(
    string DisputeNumber,
    string ClaimNumber,
    string Cin,
    string BillingNpi,
    int Level,
    DisputeType Type,
    DisputeStatus Status,
    string RoutedTo,
    string Description,
    string ExpectedOutcome,
    DisputeContact Contact,
    decimal BilledAmount,
    decimal PayableAmount,
    DateTimeOffset SubmittedAt,
    DateOnly ReceivedOn,
    DateOnly? AcknowledgeBy,
    DateOnly? DecideBy,
    DateTimeOffset? AcknowledgedAt,
    DisputeOutcome? Outcome,
    string? Rationale,
    decimal? ResolvedPayableAmount,
    IReadOnlyList<DisputeTransition> History)
{
    /// <summary>Who decides it (DSP-03): the plan, or the health network responsible for the claim.</summary>
    public const string Plan = "Plan";

    public static DisputeResponse From(Dispute dispute) => new(
        dispute.DisputeNumber, dispute.ClaimNumber, dispute.Cin, dispute.BillingNpi, dispute.Level, dispute.Type, dispute.Status,
        dispute.HealthNetwork ?? Plan, dispute.Description, dispute.ExpectedOutcome, dispute.Contact,
        dispute.BilledAmount, dispute.PayableAmount, dispute.SubmittedAt, dispute.ReceivedOn, dispute.AcknowledgeBy, dispute.DecideBy,
        dispute.AcknowledgedAt, dispute.Outcome, dispute.Rationale, dispute.ResolvedPayableAmount, dispute.History);
}
