using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;

namespace Platform.Identity.Partners.Assertions;

/// <summary>Records client assertions' jti values in the identity database: a second use of one is a replay.</summary>
public static class AssertionReplay
{
    public const int MaxJtiLength = 200;

    /// <summary>
    /// True the first time a client presents this jti. One INSERT … ON CONFLICT DO NOTHING, so two concurrent uses of
    /// the same assertion cannot both pass. Expired entries are dropped here: their assertions fail on exp anyway.
    /// </summary>
    public static async Task<bool> TryUseAsync(IdentityDbContext db, string clientId, string jti, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.UsedAssertions.Where(u => u.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO used_client_assertions ("ClientId", "Jti", "ExpiresAt") VALUES ({clientId}, {jti}, {expiresAt}) ON CONFLICT DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }
}
