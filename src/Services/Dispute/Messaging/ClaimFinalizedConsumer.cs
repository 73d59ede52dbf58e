using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Claims;
using Platform.Dispute.Data;
using Platform.Dispute.DisputableClaims;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>CLM-05 / DSP-01 groundwork: a finalized claim becomes disputable here.</summary>
public sealed class ClaimFinalizedConsumer(DisputeDbContext db, TimeProvider time)
    : IdempotentConsumer<DisputeDbContext, ClaimFinalized>(db, time)
{
    protected override async Task ApplyAsync(ClaimFinalized message, CancellationToken cancellationToken)
    {
        var known = await Db.DisputableClaims.SingleOrDefaultAsync(c => c.ClaimId == message.ClaimId, cancellationToken);
        if (known is null)
        {
            Db.DisputableClaims.Add(DisputableClaim.From(message));
        }
        else
        {
            known.Apply(message);
        }
    }
}
