namespace Platform.Contracts.Disputes;

/// <summary>DSP-06: the plan (or the network the dispute was routed to) acknowledged it; the submitter's contact is told.</summary>
public sealed record DisputeAcknowledged(Guid DisputeId, string DisputeNumber, string ClaimNumber, string? HealthNetwork, DateTimeOffset AcknowledgedAt, DateOnly? DecideBy);
