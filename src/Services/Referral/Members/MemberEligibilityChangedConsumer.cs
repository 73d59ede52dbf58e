using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Eligibility;
using Platform.Referral.Data;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Referral.Members;

/// <summary>Keeps <see cref="ReferralMember"/>: a message older than the copy is ignored, since the bus does not promise order.</summary>
public sealed class MemberEligibilityChangedConsumer(ReferralDbContext db, TimeProvider time)
    : IdempotentConsumer<ReferralDbContext, MemberEligibilityChanged>(db, time)
{
    protected override async Task ApplyAsync(MemberEligibilityChanged message, CancellationToken cancellationToken)
    {
        var member = await Db.Members.SingleOrDefaultAsync(m => m.Cin == message.Cin, cancellationToken);
        if (member is null)
        {
            member = new ReferralMember { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };
            Db.Members.Add(member);
        }
        else if (member.Version >= message.Version)
        {
            return;
        }

        member.Version = message.Version;
        member.FirstName = message.FirstName;
        member.LastName = message.LastName;
        member.DateOfBirth = message.DateOfBirth;
        member.DateOfDeath = message.DateOfDeath;
        member.Coverage = [.. message.Coverage.Select(c => new ReferralMemberCoverage(c.LineOfBusiness, c.Program, c.PcpNpi, c.StartDate, c.EndDate))];
    }
}
