using Platform.Contracts.Eligibility;
using Platform.Roster.Data;
using Platform.ServiceDefaults.Members;

namespace Platform.Roster.Members;

/// <summary>Keeps <see cref="RosterMember"/> from eligibility's announcements.</summary>
public sealed class MemberEligibilityChangedConsumer(RosterDbContext db, TimeProvider time) : MemberCopyConsumer<RosterDbContext, RosterMember>(db, time)
{
    protected override RosterMember Create(MemberEligibilityChanged message) =>
        new() { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };
}
