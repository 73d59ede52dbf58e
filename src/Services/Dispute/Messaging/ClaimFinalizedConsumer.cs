using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Claims;
using Platform.Dispute.Data;
using Platform.Dispute.DisputableClaims;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>
/// CLM-05 / DSP-01 groundwork: a finalized claim becomes disputable here; a later determination replaces it, an older
/// one arriving late changes nothing. The row is locked while read, so two determinations taken at once apply in turn
/// (two first ones collide on the key, and the retry of the second finds the first).
/// </summary>
public sealed class ClaimFinalizedConsumer(DisputeDbContext db, TimeProvider time)
    : IdempotentConsumer<DisputeDbContext, ClaimFinalized>(db, time)
{
    protected override async Task ApplyAsync(ClaimFinalized message, CancellationToken cancellationToken)
    {
        var known = await Db.DisputableClaims.FromSql($"SELECT * FROM disputable_claims WHERE \"ClaimId\" = {message.ClaimId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (known is null)
        {
            Db.DisputableClaims.Add(DisputableClaim.From(message));
        }
        else if (known.FinalizedAt <= message.FinalizedAt)
        {
            known.Apply(message);
        }
    }
}
