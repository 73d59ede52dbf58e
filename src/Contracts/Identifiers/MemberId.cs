namespace Platform.Contracts.Identifiers;

public enum MemberIdKind
{
    Cin,
    MedsId,
    Mbi,
}

/// <summary>
/// ELG-01: one field takes a CIN, a MEDS ID or an MBI; their formats do not overlap (eight digits and a letter,
/// nine digits, eleven characters), so the format alone says which one it is.
/// </summary>
public readonly record struct MemberId(MemberIdKind Kind, string Value)
{
    public const string Formats = "Enter a CIN (8 digits and a letter), a MEDS ID (9 digits) or an MBI (11 characters, e.g. 1EG4-TE5-MK73).";

    public static bool TryParse(string? text, out MemberId id)
    {
        id = Cin.TryParse(text, out var cin) ? new(MemberIdKind.Cin, cin.Value)
            : MedsId.TryParse(text, out var medsId) ? new(MemberIdKind.MedsId, medsId.Value)
            : Mbi.TryParse(text, out var mbi) ? new(MemberIdKind.Mbi, mbi.Value)
            : default;
        return id.Value is not null;
    }

    public override string ToString() => Value;
}
