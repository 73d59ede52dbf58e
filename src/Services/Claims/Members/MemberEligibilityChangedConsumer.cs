using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Members;

/// <summary>Keeps <see cref="ClaimsMember"/>: a message older than the copy is ignored, since the bus does not promise order.</summary>
public sealed class MemberEligibilityChangedConsumer(ClaimsDbContext db, TimeProvider time)
    : IdempotentConsumer<ClaimsDbContext, MemberEligibilityChanged>(db, time)
{
    protected override async Task ApplyAsync(MemberEligibilityChanged message, CancellationToken cancellationToken)
    {
        var member = await Db.Members.SingleOrDefaultAsync(m => m.Cin == message.Cin, cancellationToken);
        if (member is null)
        {
            member = new ClaimsMember { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };
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
        member.Coverage = [.. message.Coverage.Select(c => new MemberCoverage(c.LineOfBusiness, c.Program, c.StartDate, c.EndDate))];
    }
}
