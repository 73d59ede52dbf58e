namespace Platform.Referral.Submission;

/// <summary>
/// The modifier rule that auto-voids a request line (REF-10's "modifier code limitations"). Assumption: the plan's
/// authorization intake knows the pricing and anatomic modifiers below and voids a line with any other; Applied
/// Behavior Analysis is billed with provider-level (HN, HO, HP) and U modifiers it does not know, which is why release
/// 14 lets BH ABA codes on the PA list through (REF-10).
/// </summary>
public static class ModifierRule
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "22", "24", "25", "26", "50", "51", "52", "59", "76", "77", "79", "80", "82", "AS", "LT", "RT", "TC", "XE", "XP", "XS", "XU", "GP", "GO", "GN",
        "KX", "NU", "RR", "UE", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4",
        "T5", "T6", "T7", "T8", "T9",
    };

    /// <summary>The line's modifiers the rule would void it for.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> modifiers) => [.. modifiers.Where(modifier => !Known.Contains(modifier))];
}
