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
/// DSP-10: the dispute's decision closes it on the claim. PARTIAL: an overturn's new payable amount is not applied to
/// the claim's lines yet (the ClaimAdjusted of an overturn is the next step of issue 15).
/// </summary>
public sealed class DisputeResolvedConsumer(ClaimsDbContext db, TimeProvider time) : IdempotentConsumer<ClaimsDbContext, DisputeResolved>(db, time)
{
    protected override Task ApplyAsync(DisputeResolved message, CancellationToken cancellationToken) =>
        DisputeClosing.CloseAsync(Db, message.ClaimId, message.DisputeNumber, cancellationToken);
}

public sealed class DisputeWithdrawnConsumer(ClaimsDbContext db, TimeProvider time) : IdempotentConsumer<ClaimsDbContext, DisputeWithdrawn>(db, time)
{
    protected override Task ApplyAsync(DisputeWithdrawn message, CancellationToken cancellationToken) =>
        DisputeClosing.CloseAsync(Db, message.ClaimId, message.DisputeNumber, cancellationToken);
}
