using System.Text.RegularExpressions;

namespace Platform.Claims.Codes;

/// <summary>
/// The shapes of the code sets a claim carries. Shape only: whether a code exists in this year's code set is the
/// clearinghouse's edit and the claims system's, which hold the licensed CPT list; a code of the wrong shape is a slip
/// or a probe, refused here naming its field.
/// </summary>
public static partial class ClaimCodes
{
    public const string DiagnosisMessage = "An ICD-10-CM code is a letter, two characters and up to four more after the dot, e.g. E11.9 or S72.001A.";
    public const string ProcedureMessage = "A procedure code is a CPT code (five digits, or four and F, T or U) or a HCPCS Level II code (a letter A–V and four digits).";
    public const string ModifierMessage = "A modifier is two letters or digits, e.g. 25 or UD; at most four per line.";
    public const string PlaceOfServiceMessage = "A place of service is CMS's two-digit code, e.g. 11 (office).";

    /// <summary>ICD-10-CM: U is reserved for emergency use codes (U07.1), which CM does include, so every letter is allowed.</summary>
    [GeneratedRegex("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$")]
    private static partial Regex Diagnosis();

    [GeneratedRegex("^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$")]
    private static partial Regex Procedure();

    [GeneratedRegex("^[A-Z0-9]{2}$")]
    private static partial Regex Modifier();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex PlaceOfService();

    /// <summary>
    /// A diagnosis as the claim form may carry it (the 837 drops the dot: E119), in its dotted form (E11.9), or null
    /// when it is not of the shape.
    /// </summary>
    public static string? Diagnosis(string? code)
    {
        if (code is not { Length: >= 3 and <= 8 })
        {
            return null;
        }

        var dotted = code.Contains('.') || code.Length == 3 ? code : $"{code[..3]}.{code[3..]}";
        return Diagnosis().IsMatch(dotted) ? dotted : null;
    }

    public static bool IsProcedure(string? code) => code is not null && Procedure().IsMatch(code);

    public static bool IsModifier(string? code) => code is not null && Modifier().IsMatch(code);

    public static bool IsPlaceOfService(string? code) => code is not null && PlaceOfService().IsMatch(code);
}
