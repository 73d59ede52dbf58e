namespace Platform.Dispute.Disputes;

/// <summary>One step of a dispute's history (DSP-10): when, into which status, by whom ("plan" for the service itself), and why.</summary>
public sealed record DisputeTransition(DateTimeOffset At, DisputeStatus Status, string By, string? Note);
