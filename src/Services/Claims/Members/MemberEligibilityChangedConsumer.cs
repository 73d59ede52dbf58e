using Platform.Claims.Data;
using Platform.Contracts.Eligibility;
using Platform.ServiceDefaults.Members;

namespace Platform.Claims.Members;

/// <summary>Keeps <see cref="ClaimsMember"/> from eligibility's announcements.</summary>
public sealed class MemberEligibilityChangedConsumer(ClaimsDbContext db, TimeProvider time) : MemberCopyConsumer<ClaimsDbContext, ClaimsMember>(db, time)
{
    protected override ClaimsMember Create(MemberEligibilityChanged message) =>
        new() { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };
}
