using Platform.Contracts.Identifiers;

namespace Platform.Testing;

/// <summary>
/// Valid random identifiers, so tests never share literals or collide across classes. They keep out of Eligibility's
/// synthetic population's ranges (SyntheticIds): no CIN or MEDS ID starting with 9, no NPI with 1.
/// Not seeded: xUnit discovers theory data in one process and runs it in another, and a fixed seed replays the same
/// sequence in both, so a number baked into a theory row at discovery came out again for another test's record.
/// </summary>
public static class TestData
{
    public static string Npi()
    {
        var nine = LeadingDigit(2, 9) + Digits(8);
        return nine + global::Platform.Contracts.Identifiers.Npi.CheckDigit(nine);
    }

    public static string Cin() => LeadingDigit(0, 8) + Digits(7) + (char)('A' + Next(26));

    public static string ClaimNumber() => $"C{Digits(11)}";

    public static string MedsId() => LeadingDigit(0, 8) + Digits(8);

    /// <summary>A Medicare Beneficiary Identifier in CMS's format (C A AN N A AN N A A N N), stored form.</summary>
    public static string Mbi()
    {
        const string letters = "ACDEFGHJKMNPQRTUVWXY";
        char Letter() => letters[Next(letters.Length)];
        char Digit() => (char)('0' + Next(10));
        char Either() => Next(2) == 0 ? Letter() : Digit();
        return string.Concat((char)('1' + Next(9)), Letter(), Either(), Digit(), Letter(), Either(), Digit(), Letter(), Letter(), Digit(), Digit());
    }

    private static int LeadingDigit(int min, int max) => min + Next(max - min + 1);

    private static string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => Next(10)));

    private static int Next(int max) => Random.Shared.Next(max);
}
