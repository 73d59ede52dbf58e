namespace Platform.Referral.PriorAuthorization;

/// <summary>A procedure code as a referral line or the PA list names it: CPT (five digits; Category II/III: four digits and F or T) or HCPCS Level II (a letter A–V and four digits).</summary>
public static class ServiceCode
{
    public const string Message = "A service code is a CPT code (five digits, or four digits and F or T) or a HCPCS code (a letter A–V and four digits), as 99214 or E0260.";

    public static bool IsValid(string? code) => code is { Length: 5 } && code[..4].All(char.IsAsciiDigit) switch
    {
        true => char.IsAsciiDigit(code[4]) || code[4] is 'F' or 'T',
        false => code[0] is >= 'A' and <= 'V' && code[1..].All(char.IsAsciiDigit),
    };
}
