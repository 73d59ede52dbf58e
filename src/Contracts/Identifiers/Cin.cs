namespace Platform.Contracts.Identifiers;

/// <summary>Medi-Cal Client Index Number: eight digits and a check letter, e.g. 91234567A.</summary>
public readonly record struct Cin
{
    private Cin(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Cin cin)
    {
        cin = default;
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is not { Length: 9 } || !candidate[..8].All(char.IsAsciiDigit) || !char.IsAsciiLetterUpper(candidate[8]))
        {
            return false;
        }

        cin = new Cin(candidate);
        return true;
    }

    public override string ToString() => Value;
}
