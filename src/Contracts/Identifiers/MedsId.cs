namespace Platform.Contracts.Identifiers;

/// <summary>
/// MEDS ID: the nine-digit number the state's Medi-Cal Eligibility Data System files a beneficiary under (the SSN,
/// or a state-assigned pseudo number starting with 9). Digits only, which is what tells it apart from a CIN (eight
/// digits and a letter) in the one lookup field of ELG-01. Medi-Cal's 14-character BIC is a different identifier.
/// </summary>
public readonly record struct MedsId
{
    private MedsId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out MedsId medsId)
    {
        medsId = default;
        var candidate = text?.Trim();
        if (candidate is not { Length: 9 } || !candidate.All(char.IsAsciiDigit))
        {
            return false;
        }

        medsId = new MedsId(candidate);
        return true;
    }

    public override string ToString() => Value;
}
