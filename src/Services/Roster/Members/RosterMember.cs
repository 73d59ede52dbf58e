using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Eligibility;
using Platform.Contracts.Identifiers;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Members;

namespace Platform.Roster.Members;

/// <summary>
/// The roster service's copy of a member, kept from MemberEligibilityChanged: the name a roster row shows, the MEDS ID
/// and MBI its member id filter accepts besides the CIN (RST-03, ELG-01), and the PCPs that decide who may see and
/// add the member (ACC-01). Replaced whole by each newer <see cref="MemberCopy{TCoverage}.Version"/>.
/// </summary>
public sealed class RosterMember : ScopedMemberCopy<RosterMemberCoverage>
{
    public string? MedsId { get; set; }

    public string? Mbi { get; set; }

    public string Name => $"{LastName}, {FirstName}";

    public override void Apply(MemberEligibilityChanged message)
    {
        base.Apply(message);
        (MedsId, Mbi) = (message.MedsId, message.Mbi);
    }

    protected override RosterMemberCoverage Copy(CoverageSnapshot span) => new(span.Program, span.PcpNpi, span.StartDate, span.EndDate);


    /// <summary>
    /// ELG-01: an office that names the member by exact id and date of birth may act for them as a new patient (a BH
    /// practice is rarely anyone's PCP); a partner client only ever for its network's members.
    /// </summary>
    public bool IsVerifiedBy(CallerScope scope, DateOnly? dateOfBirth) => scope.Network is null && dateOfBirth == DateOfBirth;

    /// <summary>RST-03: the member an id of any kind names.</summary>
    public static Expression<Func<RosterMember, bool>> Identified(MemberId id) => id.Kind switch
    {
        MemberIdKind.Cin => m => m.Cin == id.Value,
        MemberIdKind.MedsId => m => m.MedsId == id.Value,
        _ => m => m.Mbi == id.Value,
    };
}

/// <summary>What the roster keeps of a coverage span: who the member's PCP was, in which program, when.</summary>
public sealed record RosterMemberCoverage(string Program, string? PcpNpi, DateOnly StartDate, DateOnly? EndDate) : ICoverageSpan;

public sealed class RosterMemberConfiguration : IEntityTypeConfiguration<RosterMember>
{
    public void Configure(EntityTypeBuilder<RosterMember> member)
    {
        member.MapScopedMemberCopy<RosterMember, RosterMemberCoverage>();
        member.Property(m => m.MedsId).HasMaxLength(9);
        member.Property(m => m.Mbi).HasMaxLength(11);
        // Not unique: a correction may move an id from one member to another across two messages in either order.
        member.HasIndex(m => m.MedsId);
        member.HasIndex(m => m.Mbi);
        member.Ignore(m => m.Name);
    }
}
