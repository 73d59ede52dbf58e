using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Disputes;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Disputes;

/// <summary>CLM-05 / DSP-01: a claim with a dispute open on it is not disputable again until that one is decided.</summary>
public sealed class DisputeSubmittedConsumer(ClaimsDbContext db, TimeProvider time)
    : IdempotentConsumer<ClaimsDbContext, DisputeSubmitted>(db, time)
{
    protected override async Task ApplyAsync(DisputeSubmitted message, CancellationToken cancellationToken)
    {
        // The dispute service only knows claims that claims announced: a missing one is a fault to look into, not to drop.
        var claim = await Db.Claims.SingleOrDefaultAsync(c => c.Id == message.ClaimId, cancellationToken)
            ?? throw new InvalidOperationException($"Dispute {message.DisputeNumber} names a claim unknown here ({message.ClaimNumber}).");
        claim.OpenDispute = message.DisputeNumber;
    }
}
