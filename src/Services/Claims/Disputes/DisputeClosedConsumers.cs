using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;
using Platform.Contracts.Disputes;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Claims.Disputes;

/// <summary>
/// DSP-01: a decided or withdrawn dispute leaves the claim disputable again (a Level 2 after a Level 1 decision, say).
/// Only the dispute that is open is closed: a late message about an older one changes nothing.
/// </summary>
public static class DisputeClosing
{
    public static async Task CloseAsync(ClaimsDbContext db, Guid claimId, string disputeNumber, CancellationToken cancellationToken) =>
        await db.Claims.Where(c => c.Id == claimId && c.OpenDispute == disputeNumber)
            .ExecuteUpdateAsync(c => c.SetProperty(claim => claim.OpenDispute, (string?)null), cancellationToken);
}

/// <summary>
/// DSP-10: the dispute's decision closes it on the claim, and an overturn raises the claim's payable to what the
/// reviewer decided, announced as ClaimAdjusted — exactly once: the message is taken once (IdempotentConsumer), and
/// the adjustment's unique dispute number refuses a second one were the decision ever announced again.
/// </summary>
public sealed class DisputeResolvedConsumer(ClaimsDbContext db, TimeProvider time, ILogger<DisputeResolvedConsumer> logger)
    : IdempotentConsumer<ClaimsDbContext, DisputeResolved>(db, time)
{
    protected override async Task ApplyAsync(DisputeResolved message, CancellationToken cancellationToken)
    {
        await DisputeClosing.CloseAsync(Db, message.ClaimId, message.DisputeNumber, cancellationToken);
        if (message.PayableAmount is not { } payable)
        {
            return;
        }

        var claim = await Db.Claims.Include(c => c.Lines).Include(c => c.Adjustments).SingleAsync(c => c.Id == message.ClaimId, cancellationToken);
        if (claim.Adjustments.Any(a => a.DisputeNumber == message.DisputeNumber))
        {
            return;
        }

        // The dispute checked the amount against the claim as it knew it; the claim may have been adjusted since.
        if (payable <= claim.PayableAmount || payable > claim.BilledAmount)
        {
            logger.LogWarning("Dispute {DisputeNumber} decided a payable of {Payable}, which claim {ClaimNumber} (payable {Current}, billed {Billed}) cannot take; not applied.",
                message.DisputeNumber, payable, claim.ClaimNumber, claim.PayableAmount, claim.BilledAmount);
            return;
        }

        var now = Time.GetUtcNow();
        var (adjusted, adjustment) = claim.AdjustForDispute(message.DisputeNumber, payable, now);
        // Added explicitly: found through the claim's collection with its key already set, EF would take it for an existing row.
        Db.ClaimAdjustments.Add(adjustment);
        Db.AddIntegrationEvent(adjusted, now);
    }
}

public sealed class DisputeWithdrawnConsumer(ClaimsDbContext db, TimeProvider time) : IdempotentConsumer<ClaimsDbContext, DisputeWithdrawn>(db, time)
{
    protected override Task ApplyAsync(DisputeWithdrawn message, CancellationToken cancellationToken) =>
        DisputeClosing.CloseAsync(Db, message.ClaimId, message.DisputeNumber, cancellationToken);
}
