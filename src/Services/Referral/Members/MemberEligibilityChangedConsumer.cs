using Platform.Contracts.Eligibility;
using Platform.Referral.Data;
using Platform.ServiceDefaults.Members;

namespace Platform.Referral.Members;

/// <summary>Keeps <see cref="ReferralMember"/> from eligibility's announcements.</summary>
public sealed class MemberEligibilityChangedConsumer(ReferralDbContext db, TimeProvider time) : MemberCopyConsumer<ReferralDbContext, ReferralMember>(db, time)
{
    protected override ReferralMember Create(MemberEligibilityChanged message) =>
        new() { Cin = message.Cin, FirstName = message.FirstName, LastName = message.LastName };
}
