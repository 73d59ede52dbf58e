using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Claims;
using Platform.Interop.Data;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Interop.Export;

/// <summary>A finalized claim joins the export's copy; a later determination replaces it, an older one arriving late changes nothing.</summary>
public sealed class ClaimFinalizedConsumer(InteropDbContext db, TimeProvider time) : IdempotentConsumer<InteropDbContext, ClaimFinalized>(db, time)
{
    protected override async Task ApplyAsync(ClaimFinalized message, CancellationToken cancellationToken)
    {
        // Locked while read: two determinations taken at once apply in turn (two first ones collide on the key and retry).
        var known = await Db.ExportClaims.FromSql($"SELECT * FROM claims WHERE \"ClaimId\" = {message.ClaimId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (known is null)
        {
            known = ExportClaim.From(message);
            Db.ExportClaims.Add(known);
        }
        else if (known.DeterminedAt > message.FinalizedAt)
        {
            return;
        }

        known.Apply(message, Time.GetUtcNow());
    }
}

/// <summary>An adjustment is the claim's last determination: its amount and status replace the copy's.</summary>
public sealed class ClaimAdjustedConsumer(InteropDbContext db, TimeProvider time) : IdempotentConsumer<InteropDbContext, ClaimAdjusted>(db, time)
{
    protected override async Task ApplyAsync(ClaimAdjusted message, CancellationToken cancellationToken)
    {
        // Locked while read, so two adjustments taken at once apply in turn; an older one arriving late changes nothing.
        var known = await Db.ExportClaims.FromSql($"SELECT * FROM claims WHERE \"ClaimId\" = {message.ClaimId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        ThrowIfNotYetKnown(known, message.ClaimId);
        if (known!.DeterminedAt < message.AdjustedAt)
        {
            (known.PayableAmount, known.Status, known.DeterminedAt, known.ChangedAt) = (message.PayableAmount, message.Status, message.AdjustedAt, Time.GetUtcNow());
            known.Lines = [.. message.Lines ?? known.Lines];
        }
    }

    /// <summary>Claims announces the finalization first; if it has not arrived yet, failing retries this message after it.</summary>
    internal static void ThrowIfNotYetKnown(ExportClaim? known, Guid claimId)
    {
        if (known is null)
        {
            throw new InvalidOperationException($"Claim {claimId} changed before its finalization arrived here.");
        }
    }
}

/// <summary>A payment went out: the EOB shows the amount paid so far (a later payment settles an adjustment) and when.</summary>
public sealed class ClaimPaidConsumer(InteropDbContext db, TimeProvider time) : IdempotentConsumer<InteropDbContext, ClaimPaid>(db, time)
{
    protected override async Task ApplyAsync(ClaimPaid message, CancellationToken cancellationToken)
    {
        var known = await Db.ExportClaims.FindAsync([message.ClaimId], cancellationToken);
        ClaimAdjustedConsumer.ThrowIfNotYetKnown(known, message.ClaimId);
        // Each payment message is taken once (IdempotentConsumer), so adding it up counts it once.
        (known!.PaidAmount, known.PaidOn, known.ChangedAt) = ((known.PaidAmount ?? 0) + message.PaidAmount, message.PaidOn, Time.GetUtcNow());
    }
}
