using System.Text.Json.Serialization;

namespace Platform.Claims.Fwa;

/// <summary>CLM-06 [EDU FWA]: the patterns the plan's Special Investigations Unit asks providers and staff to watch for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FwaFlagKind>))]
public enum FwaFlagKind
{
    DuplicateService,
    Unbundling,
    Upcoding,
    DeceasedMember,
    NotCovered,
}

/// <summary>A reason to review a claim before it is paid; <see cref="LineNumber"/> is null for the claim as a whole.</summary>
public sealed record FwaFlag(FwaFlagKind Kind, int? LineNumber, string Detail);
