using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Referrals;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Eligibility.Messaging;

/// <summary>
/// ELG-04, REF-11: keeps the member's referrals to count on the face sheet (the referral service owns the referrals
/// themselves). The inbox skips a redelivered message; the referral number skips the same referral published again.
/// </summary>
public sealed class ReferralSubmittedConsumer(EligibilityDbContext db, TimeProvider time)
    : IdempotentConsumer<EligibilityDbContext, ReferralSubmitted>(db, time)
{
    protected override async Task ApplyAsync(ReferralSubmitted message, CancellationToken cancellationToken)
    {
        if (!await Db.MemberReferrals.AnyAsync(r => r.ReferralNumber == message.ReferralNumber, cancellationToken))
        {
            Db.MemberReferrals.Add(new MemberReferral { ReferralNumber = message.ReferralNumber, Cin = message.Cin, SubmittedOn = message.SubmittedOn });
        }
    }
}
