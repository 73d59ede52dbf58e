namespace Platform.Contracts.Identifiers;

/// <summary>
/// Medicare Beneficiary Identifier (CMS): eleven characters, C A AN N A AN N A A N N, where C is a digit 1–9, N a
/// digit 0–9, A a letter other than S, L, O, I, B and Z (kept out so they are not read as digits), and AN either.
/// Accepted in lower case and with the dashes CMS prints for readability (1EG4-TE5-MK73); stored without them.
/// </summary>
public readonly record struct Mbi
{
    private const string Letters = "ACDEFGHJKMNPQRTUVWXY";

    // One entry per position: C, A, AN, N, A, AN, N, A, A, N, N.
    private static readonly Func<char, bool>[] Positions =
    [
        c => c is >= '1' and <= '9', Letter, LetterOrDigit, char.IsAsciiDigit, Letter, LetterOrDigit, char.IsAsciiDigit,
        Letter, Letter, char.IsAsciiDigit, char.IsAsciiDigit,
    ];

    private Mbi(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Mbi mbi)
    {
        mbi = default;
        var candidate = text?.Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (candidate is not { Length: 11 } || candidate.Where((c, i) => !Positions[i](c)).Any())
        {
            return false;
        }

        mbi = new Mbi(candidate);
        return true;
    }

    public override string ToString() => Value;

    private static bool Letter(char c) => Letters.Contains(c, StringComparison.Ordinal);

    private static bool LetterOrDigit(char c) => Letter(c) || char.IsAsciiDigit(c);
}
