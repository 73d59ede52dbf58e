using Microsoft.EntityFrameworkCore;
using Platform.Claims.Data;

namespace Platform.Claims.Payments;

public static class Remittances
{
    /// <summary>A payment's Remittance Advice from its claims and their members: two reads (the claims with lines, then the members).</summary>
    public static async Task<RemittanceAdvice> OfAsync(ClaimsDbContext db, Payment payment, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => c.PaymentId == payment.Id).ToListAsync(cancellationToken);
        var cins = claims.Select(c => c.Cin).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => cins.Contains(m.Cin)).ToDictionaryAsync(m => m.Cin, cancellationToken);
        return RemittanceAdvice.Of(payment, claims, members);
    }
}
