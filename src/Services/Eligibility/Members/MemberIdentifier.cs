using System.Linq.Expressions;
using Platform.Contracts.Identifiers;

namespace Platform.Eligibility.Members;

/// <summary>
/// ELG-01: one field takes a CIN, a MEDS ID or an MBI; their formats do not overlap (eight digits and a letter,
/// nine digits, eleven characters), so the format alone says which one it is.
/// </summary>
public sealed record MemberIdentifier(Expression<Func<Member, bool>> Matches)
{
    public const string Formats = "Enter a CIN (8 digits and a letter), a MEDS ID (9 digits) or an MBI (11 characters, e.g. 1EG4-TE5-MK73).";

    public static MemberIdentifier? Parse(string? text)
    {
        if (Cin.TryParse(text, out var cin))
        {
            var value = cin.Value;
            return new(m => m.Cin == value);
        }

        if (MedsId.TryParse(text, out var medsId))
        {
            var value = medsId.Value;
            return new(m => m.MedsId == value);
        }

        if (Mbi.TryParse(text, out var mbi))
        {
            var value = mbi.Value;
            return new(m => m.Mbi == value);
        }

        return null;
    }
}
