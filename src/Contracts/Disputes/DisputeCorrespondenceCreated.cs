namespace Platform.Contracts.Disputes;

/// <summary>DSP-06/08: a letter of the dispute (its acknowledgment, a reviewer's letter or information request) is on its Correspondence tab, to be emailed.</summary>
public sealed record DisputeCorrespondenceCreated(Guid CorrespondenceId, Guid DisputeId, string DisputeNumber, string Kind, DateTimeOffset CreatedAt);
