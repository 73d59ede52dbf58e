using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Claims;
using Platform.Dispute.Data;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>
/// DSP-04/09: an adjustment (a corrected determination, an overturned dispute) is the claim's last determination: its
/// amount is what a Level 2 disputes, and DSP-04's window restarts from it.
/// </summary>
public sealed class ClaimAdjustedConsumer(DisputeDbContext db, TimeProvider time)
    : IdempotentConsumer<DisputeDbContext, ClaimAdjusted>(db, time)
{
    protected override async Task ApplyAsync(ClaimAdjusted message, CancellationToken cancellationToken)
    {
        // One statement, so two adjustments taken at once keep the later one, and an older one arriving late changes nothing.
        var updated = await Db.DisputableClaims.Where(c => c.ClaimId == message.ClaimId && c.FinalizedAt < message.AdjustedAt)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.PayableAmount, message.PayableAmount).SetProperty(x => x.FinalizedAt, message.AdjustedAt), cancellationToken);
        // Only a finalized claim is adjusted, and claims announced its finalization first: if that has not arrived yet,
        // failing sends this one back to be retried after it.
        if (updated == 0 && !await Db.DisputableClaims.AnyAsync(c => c.ClaimId == message.ClaimId, cancellationToken))
        {
            throw new InvalidOperationException($"Claim {message.ClaimNumber} was adjusted before its finalization arrived here.");
        }
    }
}
