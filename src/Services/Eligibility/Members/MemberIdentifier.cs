using System.Linq.Expressions;
using Platform.Contracts.Identifiers;

namespace Platform.Eligibility.Members;

public enum MemberIdentifierKind
{
    Cin,
    MedsId,
    Mbi,
}

/// <summary>
/// ELG-01: one field takes a CIN, a MEDS ID or an MBI; their formats do not overlap (eight digits and a letter,
/// nine digits, eleven characters), so the format alone says which one it is.
/// </summary>
public sealed record MemberIdentifier(MemberIdentifierKind Kind, string Value)
{
    public const string Formats = "Enter a CIN (8 digits and a letter), a MEDS ID (9 digits) or an MBI (11 characters, e.g. 1EG4-TE5-MK73).";

    public Expression<Func<Member, bool>> Matches => Kind switch
    {
        MemberIdentifierKind.Cin => m => m.Cin == Value,
        MemberIdentifierKind.MedsId => m => m.MedsId == Value,
        _ => m => m.Mbi == Value,
    };

    /// <summary>The same test as <see cref="Matches"/>, on a cached member, whose MEDS ID or MBI a correction may have changed.</summary>
    public bool Identifies(MemberSummary member) => Kind switch
    {
        MemberIdentifierKind.Cin => member.Cin == Value,
        MemberIdentifierKind.MedsId => member.MedsId == Value,
        _ => member.Mbi == Value,
    };

    public static MemberIdentifier? Parse(string? text)
    {
        if (Cin.TryParse(text, out var cin))
        {
            return new(MemberIdentifierKind.Cin, cin.Value);
        }

        if (MedsId.TryParse(text, out var medsId))
        {
            return new(MemberIdentifierKind.MedsId, medsId.Value);
        }

        return Mbi.TryParse(text, out var mbi) ? new(MemberIdentifierKind.Mbi, mbi.Value) : null;
    }
}
