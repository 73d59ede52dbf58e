using System.Text.RegularExpressions;

namespace Platform.Claims.Codes;

/// <summary>
/// One adjustment of a service line as the X12 835 CAS segment carries it: a group code (CO contractual obligation,
/// PR patient responsibility, OA other, PI payer initiated, CR correction), a Claim Adjustment Reason Code (CARC, e.g.
/// 45 charge exceeds the fee schedule, 29 time limit for filing expired) and the amount.
/// </summary>
public sealed partial record Adjustment(string Group, string Reason, decimal Amount)
{
    public static readonly string[] Groups = ["CO", "PR", "OA", "PI", "CR"];

    public const string GroupMessage = "A group code is CO, PR, OA, PI or CR.";
    public const string ReasonMessage = "A CARC is one to three letters or digits, e.g. 45, 29 or B7.";
    public const string RemarkMessage = "A RARC is M, N or MA followed by one to three digits, e.g. N130 or MA01.";

    /// <summary>CO-29: the time limit for filing has expired (CLM-04).</summary>
    public static Adjustment TimelyFiling(decimal amount) => new("CO", "29", amount);

    /// <summary>Patient responsibility is the member's cost share (deductible, coinsurance, copay).</summary>
    public bool IsMemberCostShare => Group == "PR";

    [GeneratedRegex("^[A-Z0-9]{1,3}$")]
    private static partial Regex ReasonShape();

    [GeneratedRegex("^(MA|M|N)[0-9]{1,3}$")]
    private static partial Regex RemarkShape();

    public static bool IsReason(string? code) => code is not null && ReasonShape().IsMatch(code);

    public static bool IsRemark(string? code) => code is not null && RemarkShape().IsMatch(code);
}
