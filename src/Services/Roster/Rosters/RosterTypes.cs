namespace Platform.Roster.Rosters;

/// <summary>RST-02: the kinds of roster a provider keeps.</summary>
public static class RosterTypes
{
    /// <summary>RST-04: behavioral health — the members whose supplemental documentation the BH P4V incentive program needs.</summary>
    public const string BehavioralHealth = "BH";

    public static readonly IReadOnlyList<string> All = [BehavioralHealth];

    public const string Message = "The roster type is BH (behavioral health), the only roster so far.";

    /// <summary>The type as stored (upper case), or null when it is none of <see cref="All"/>.</summary>
    public static string? Parse(string? text) => All.FirstOrDefault(type => string.Equals(type, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
