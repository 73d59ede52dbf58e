using System.Text.Json.Serialization;

namespace Platform.Dispute.Disputes;

/// <summary>DSP-10's lifecycle. Open until Resolved or Withdrawn: an open dispute keeps a claim from another Level 1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeStatus>))]
public enum DisputeStatus
{
    Submitted,
    Acknowledged,
    InReview,
    Resolved,
    Withdrawn,
}
