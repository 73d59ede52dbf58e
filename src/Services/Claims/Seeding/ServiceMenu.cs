using Platform.Synthetic;

namespace Platform.Claims.Seeding;

/// <summary>One billable service: its code, a typical charge per unit, how often it is billed, and its units.</summary>
public sealed record BilledService(string Code, decimal Charge, int Weight, int MinUnits = 1, int MaxUnits = 1);

/// <summary>
/// What each kind of synthetic provider bills, and for which diagnoses: common CPT/HCPCS codes of a Medi-Cal practice
/// with charges in the range a billing office sets (above the fee schedule, which adjudication brings down with CO-45).
/// The preventive visit is replaced by the code for the member's age, as CPT's 99381–99397 require.
/// </summary>
public static class ServiceMenu
{
    public const string PreventiveVisit = "preventive";

    public static readonly BilledService[] Primary =
    [
        new("99213", 110, 30), new("99214", 165, 20), new("99212", 75, 8), new("99215", 230, 4), new(PreventiveVisit, 185, 14),
        new("90460", 25, 8, 1, 3), new("90471", 25, 3), new("36415", 12, 6), new("81002", 10, 4), new("85025", 18, 4),
        new("87880", 30, 4), new("96110", 20, 3), new("99173", 8, 2),
    ];

    public static readonly BilledService[] Specialty =
    [
        new("99203", 150, 14), new("99204", 240, 8), new("99213", 110, 18), new("99214", 165, 14), new("93000", 35, 8),
        new("93306", 450, 4), new("71046", 70, 6), new("20610", 120, 5), new("45378", 750, 3), new("11102", 160, 4),
        new("92014", 140, 5), new("73721", 520, 3), new("29881", 1800, 1), new("J1100", 15, 3, 1, 4),
    ];

    public static readonly BilledService[] Therapy =
    [
        new("90791", 200, 6), new("90832", 80, 6), new("90834", 120, 20), new("90837", 160, 15), new("90847", 140, 6),
        new("99214", 165, 8), new("96130", 180, 2),
    ];

    /// <summary>Applied behavior analysis is billed in 15-minute units.</summary>
    public static readonly BilledService[] BehaviorAnalysis =
        [new("97153", 15, 15, 8, 32), new("97155", 25, 8, 4, 12), new("97151", 30, 3, 8, 16), new("97156", 25, 3, 2, 8)];

    public static readonly string[] PrimaryDiagnoses =
        ["Z00.129", "Z00.121", "Z00.00", "Z23", "J06.9", "J02.9", "H66.90", "R50.9", "E11.9", "I10", "E78.5", "J45.909"];

    public static readonly string[] SpecialtyDiagnoses =
        ["I25.10", "I48.91", "M17.11", "M25.561", "K21.9", "K57.30", "L40.0", "L82.1", "H40.1131", "N18.30", "G43.909", "E05.90"];

    public static readonly string[] BehavioralDiagnoses = ["F84.0", "F32.9", "F33.1", "F41.1", "F90.2", "F43.10", "F43.23", "F31.9"];

    /// <summary>Codes billed with another service on the same day carry modifier 25 (a significant, separate E/M service).</summary>
    public static bool IsVisit(string code) => code.StartsWith("992", StringComparison.Ordinal) || code == PreventiveVisit;

    public static (BilledService[] Services, string[] Diagnoses) For(SyntheticProvider provider) => provider.Type switch
    {
        SyntheticProviderType.Pcp => (Primary, PrimaryDiagnoses),
        SyntheticProviderType.Specialist => (Specialty, SpecialtyDiagnoses),
        _ when provider.Specialty == "Applied Behavior Analysis" => (BehaviorAnalysis, ["F84.0"]),
        _ => (Therapy, BehavioralDiagnoses),
    };

    /// <summary>CPT's preventive visit for the member's age: new-patient codes are left out, every synthetic member being established.</summary>
    public static string PreventiveFor(int age) => age switch
    {
        < 1 => "99391",
        < 5 => "99392",
        < 12 => "99393",
        < 18 => "99394",
        < 40 => "99395",
        < 65 => "99396",
        _ => "99397",
    };
}
