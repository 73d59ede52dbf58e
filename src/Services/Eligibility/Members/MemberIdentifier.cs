using System.Linq.Expressions;
using Platform.Contracts.Identifiers;

namespace Platform.Eligibility.Members;

/// <summary>ELG-01: a member id of any of the three kinds (<see cref="MemberId"/>), as eligibility finds its members by it.</summary>
public sealed record MemberIdentifier(MemberIdKind Kind, string Value)
{
    public const string Formats = MemberId.Formats;

    public Expression<Func<Member, bool>> Matches => Kind switch
    {
        MemberIdKind.Cin => m => m.Cin == Value,
        MemberIdKind.MedsId => m => m.MedsId == Value,
        _ => m => m.Mbi == Value,
    };

    /// <summary>The same test as <see cref="Matches"/>, on a cached member, whose MEDS ID or MBI a correction may have changed.</summary>
    public bool Identifies(MemberSummary member) => Kind switch
    {
        MemberIdKind.Cin => member.Cin == Value,
        MemberIdKind.MedsId => member.MedsId == Value,
        _ => member.Mbi == Value,
    };

    public static MemberIdentifier? Parse(string? text) => MemberId.TryParse(text, out var id) ? new(id.Kind, id.Value) : null;
}
