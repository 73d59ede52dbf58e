namespace Platform.Synthetic;

/// <summary>
/// The synthetic population's identifiers, each a pure function of an index, so a benchmark can name existing members
/// and providers without reading the database. They keep to ranges the test builders (Platform.Testing's TestData)
/// never draw from, so a loaded population and a test's own members cannot collide:
/// CIN and MEDS ID start with 9 (a MEDS ID starting with 9 is a state-assigned pseudo number, not an SSN), NPIs start
/// with 11 (the identity demo's start with 10), TINs with 34 (the demo offices' with 33), and MBIs carry letters in
/// the two positions where the test builder puts digits.
/// </summary>
public static class SyntheticIds
{
    /// <summary>The largest population: ten times the plan's membership, well within the MEDS IDs' room (a hundred million).</summary>
    public const int MaxMembers = 10_000_000;

    /// <summary>Synthetic NPIs have room for ten million providers: 11 and seven digits before the check digit.</summary>
    public const int MaxProviders = 10_000_000;

    private const string Digit = "0123456789";
    private const string Letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    // CMS's MBI letters (no S, L, O, I, B, Z), and its first character, 1-9.
    private const string MbiLetter = "ACDEFGHJKMNPQRTUVWXY";
    private const string MbiFirst = "123456789";

    private static readonly string[] CinPositions = ["9", Digit, Digit, Digit, Digit, Digit, Digit, Digit, Letter];
    private static readonly string[] MedsIdPositions = ["9", .. Enumerable.Repeat(Digit, 8)];
    private static readonly string[] MbiPositions =
        [MbiFirst, MbiLetter, MbiLetter, Digit, MbiLetter, MbiLetter, Digit, MbiLetter, MbiLetter, Digit, Digit];
    private static readonly string[] NpiStemPositions = ["1", "1", .. Enumerable.Repeat(Digit, 7)];
    private static readonly string[] TinPositions = ["3", "4", .. Enumerable.Repeat(Digit, 7)];

    public static string Cin(long member) => Encode(member, CinPositions);

    public static string MedsId(long member) => Encode(member, MedsIdPositions);

    /// <summary>The MBI member <paramref name="member"/> carries when its line of business includes Medicare.</summary>
    public static string Mbi(long member) => Encode(member, MbiPositions);

    public static string Npi(long provider)
    {
        var stem = Encode(provider, NpiStemPositions);
        return stem + Contracts.Identifiers.Npi.CheckDigit(stem);
    }

    /// <summary>The tax id of a provider's group practice: a few providers bill under each.</summary>
    public static string Tin(long group) => Encode(group, TinPositions);

    /// <summary>Writes <paramref name="value"/> in mixed radix, one alphabet per position, the last position varying fastest.</summary>
    private static string Encode(long value, string[] positions)
    {
        Span<char> text = stackalloc char[positions.Length];
        for (var i = positions.Length - 1; i >= 0; i--)
        {
            var alphabet = positions[i];
            text[i] = alphabet[(int)(value % alphabet.Length)];
            value /= alphabet.Length;
        }

        return value == 0 ? new string(text) : throw new ArgumentOutOfRangeException(nameof(value), "Beyond the synthetic identifier range.");
    }
}
