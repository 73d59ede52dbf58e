namespace Platform.Referral.Submission;

/// <summary>
/// REF-03: services that need no authorization, recognized from a line's code or place of service. The education deck
/// lists the categories, not their codes: these code sets are an assumption, the usual CPT/HCPCS codes of each
/// category. Minor consent services have no codes of their own (they are sensitive, STD or prenatal services given
/// to a minor on their own consent), so they are recognized through those categories.
/// </summary>
public static class ExemptServices
{
    /// <summary>Place of service 23: an emergency room of a hospital.</summary>
    public const string EmergencyRoom = "23";

    private static readonly (string Exemption, string[] Codes)[] Categories =
    [
        ("EMERGENCY", Range(99281, 99285)),
        ("FAMILY_PLANNING", ["58300", "58301", "11981", "11982", "11983", "57170", "J7296", "J7297", "J7298", "J7300", "J7307"]),
        ("STD", ["87491", "87591", "86592", "86593", "87661", "87808"]),
        ("HIV_TESTING", ["86701", "86702", "86703", "87389", "87390", "87534", "87535", "87536", "87806"]),
        ("BASIC_PRENATAL", ["59425", "59426", "76801", "76805", "76815", "76817"]),
        ("ROUTINE_OBSTETRIC", ["59400", "59409", "59410", "59510", "59610", "59430"]),
        ("PEDIATRIC_PREVENTIVE", [.. Range(99381, 99384), .. Range(99391, 99394), "96110", "99173"]),
        ("PRIMARY_PREVENTIVE", [.. Range(99385, 99387), .. Range(99395, 99397), "G0438", "G0439"]),
    ];

    private static readonly Dictionary<string, string> ByCode = Categories
        .SelectMany(category => category.Codes, (category, code) => (code, category.Exemption))
        .ToDictionary(entry => entry.code, entry => entry.Exemption);

    /// <summary>The exemption's code (AuthorizationExemption.Code) that covers the line, or null when it needs checking against the list.</summary>
    public static string? Of(string procedureCode, string placeOfService) =>
        placeOfService == EmergencyRoom ? "EMERGENCY" : ByCode.GetValueOrDefault(procedureCode);

    private static string[] Range(int first, int last) => [.. Enumerable.Range(first, last - first + 1).Select(code => code.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
