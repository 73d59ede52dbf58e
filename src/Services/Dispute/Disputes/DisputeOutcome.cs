using System.Text.Json.Serialization;

namespace Platform.Dispute.Disputes;

/// <summary>DSP-10: how a resolved dispute was decided. An overturn, whole or partial, pays more on the claim.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeOutcome>))]
public enum DisputeOutcome
{
    Upheld,
    Overturned,
    PartiallyOverturned,
}
