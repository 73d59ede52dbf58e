using System.Text.Json.Serialization;

namespace Platform.Reporting.Attestations;

/// <summary>RPT-04: the two provider training attestations, Initial (once, after joining) and Annual (each calendar year).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttestationKind>))]
public enum AttestationKind
{
    Initial,
    Annual,
}

/// <summary>RPT-05: the status list's two values.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttestationStatus>))]
public enum AttestationStatus
{
    Pending,
    Submitted,
}

public static class AttestationKinds
{
    public const string Message = "kind is initial or annual.";

    /// <summary>A kind as the caller names it, in any case; numbers are not kinds.</summary>
    public static bool TryParse(string? text, out AttestationKind kind)
    {
        kind = default;
        return !string.IsNullOrEmpty(text) && !char.IsAsciiDigit(text[0]) && !text.StartsWith('-')
            && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }
}
