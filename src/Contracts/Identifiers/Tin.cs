namespace Platform.Contracts.Identifiers;

/// <summary>Taxpayer Identification Number: nine digits, accepted with or without the dash (12-3456789).</summary>
public readonly record struct Tin
{
    public const string Message = "A TIN is nine digits, with or without the dash (12-3456789).";

    private Tin(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Tin tin)
    {
        tin = default;
        var digits = text?.Replace("-", "", StringComparison.Ordinal);
        if (digits is not { Length: 9 } || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        tin = new Tin(digits);
        return true;
    }

    public override string ToString() => Value;
}
