using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;

namespace Platform.Claims.Payments;

public static class Remittances
{
    /// <summary>
    /// A payment's Remittance Advice from its claims, the earlier-paid claims whose adjustments it settles, and their
    /// members: three reads.
    /// </summary>
    public static async Task<RemittanceAdvice> OfAsync(ClaimsDbContext db, Payment payment, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => c.PaymentId == payment.Id).ToListAsync(cancellationToken);
        var prior = await db.ClaimAdjustments.AsNoTracking().Where(a => a.PaymentId == payment.Id)
            .Join(db.Claims.AsNoTracking().Where(c => c.PaymentId != payment.Id), a => a.ClaimId, c => c.Id, (adjustment, claim) => new { claim, adjustment })
            .ToListAsync(cancellationToken);
        var cins = claims.Select(c => c.Cin).Concat(prior.Select(p => p.claim.Cin)).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => cins.Contains(m.Cin)).ToDictionaryAsync(m => m.Cin, cancellationToken);
        return RemittanceAdvice.Of(payment, claims, [.. prior.Select(p => (p.claim, p.adjustment))], members);
    }
}
