using Microsoft.EntityFrameworkCore;
using Platform.Referral.Data;

namespace Platform.Referral.PriorAuthorization;

/// <summary>What REF-02 asks of the lists: a code's requirement on a date of service, and a quarter's list replaced whole.</summary>
public static class PaCodeLists
{
    /// <summary>The list in force on the day: the latest quarter begun by then; null before the first list.</summary>
    public static Task<PaCodeList?> InForceAsync(this ReferralDbContext db, DateOnly serviceDate, CancellationToken cancellationToken) =>
        db.PaCodeLists.AsNoTracking().Where(l => l.EffectiveFrom <= serviceDate).OrderByDescending(l => l.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The quarter's list becomes exactly these codes, in one transaction: a reader sees the old list or the new one.</summary>
    public static async Task<PaCodeList> ReplaceAsync(this ReferralDbContext db, PlanQuarter quarter, IReadOnlyList<PaCodeRow> rows, string by, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var key = quarter.ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PaCodeLists.Where(l => l.Quarter == key).ExecuteDeleteAsync(cancellationToken);
        var list = new PaCodeList
        {
            Quarter = key, EffectiveFrom = quarter.FirstDay, LoadedAt = at, LoadedBy = by,
            Codes = [.. rows.Select(row => new PaCode { Quarter = key, Code = row.Code, Description = row.Description, Category = row.Category })],
        };
        db.PaCodeLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return list;
    }
}
