namespace Platform.Contracts.Identifiers;

/// <summary>National Provider Identifier: ten digits, the last a Luhn check digit over "80840" + the first nine.</summary>
public readonly record struct Npi
{
    public const string Message = "An NPI is ten digits ending in a valid check digit.";

    private Npi(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Npi npi)
    {
        npi = default;
        if (text is not { Length: 10 } || !text.All(char.IsAsciiDigit) || CheckDigit(text[..9]) != text[9] - '0')
        {
            return false;
        }

        npi = new Npi(text);
        return true;
    }

    /// <summary>The Luhn digit for nine NPI digits, prefixed with the health-industry constant 80840.</summary>
    public static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        var digits = "80840" + nineDigits;
        var doubled = true;
        for (var i = digits.Length - 1; i >= 0; i--, doubled = !doubled)
        {
            var d = doubled ? (digits[i] - '0') * 2 : digits[i] - '0';
            sum += d > 9 ? d - 9 : d;
        }

        return (10 - sum % 10) % 10;
    }

    public override string ToString() => Value;
}
