using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Claims;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Eligibility.Messaging;

/// <summary>ELG-04: keeps the member's claims to count on the face sheet (the claims service owns the claims themselves).</summary>
public sealed class ClaimReceivedConsumer(EligibilityDbContext db, TimeProvider time)
    : IdempotentConsumer<EligibilityDbContext, ClaimReceived>(db, time)
{
    protected override async Task ApplyAsync(ClaimReceived message, CancellationToken cancellationToken)
    {
        if (!await Db.MemberClaims.AnyAsync(c => c.ClaimId == message.ClaimId, cancellationToken))
        {
            Db.MemberClaims.Add(new MemberClaim { ClaimId = message.ClaimId, Cin = message.Cin, ServiceFrom = message.ServiceFrom });
        }
    }
}
