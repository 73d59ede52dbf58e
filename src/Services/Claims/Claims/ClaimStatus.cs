using System.Text.Json.Serialization;

namespace Platform.Claims.Claims;

/// <summary>
/// Received at intake; Pended while the claims system waits on something (records, a review); Finalized or Denied
/// once determined. Denied means no line is payable; both are final determinations (CLM-05, DSP-04).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimStatus>))]
public enum ClaimStatus
{
    Received,
    Pended,
    Finalized,
    Denied,
}

[JsonConverter(typeof(JsonStringEnumConverter<LineStatus>))]
public enum LineStatus
{
    Pending,
    Paid,
    Denied,
}

public static class ClaimStatuses
{
    public static bool IsFinal(this ClaimStatus status) => status is ClaimStatus.Finalized or ClaimStatus.Denied;
}
