using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>Sent outbox rows are deleted after their retention; nothing unsent is, however old.</summary>
public sealed class OutboxPurgeTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.MigrateAsync<EligibilityDbContext>("outboxpurge");

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Rows_sent_before_the_cutoff_are_deleted_in_chunks_and_recent_or_unsent_rows_stay()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        await using var db = database.CreateContext<EligibilityDbContext>();
        // More old sent rows than one chunk, so the purge must loop.
        var oldSent = OutboxPurge<EligibilityDbContext>.Chunk + 7;
        await InsertAsync(db, oldSent, "old-sent", now.AddHours(-3), sentAt: now.AddHours(-2), ct);
        await InsertAsync(db, 3, "recent-sent", now.AddMinutes(-10), sentAt: now.AddMinutes(-5), ct);
        await InsertAsync(db, 2, "old-unsent", now.AddDays(-2), sentAt: null, ct);

        var purged = await OutboxPurge<EligibilityDbContext>.PurgeAsync(db, now.AddHours(-1), ct);

        Assert.Equal(oldSent, purged);
        var left = await db.Set<OutboxMessage>().GroupBy(m => m.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Assert.Equal(new Dictionary<string, int> { ["recent-sent"] = 3, ["old-unsent"] = 2 }, left);
    }

    private static Task InsertAsync(EligibilityDbContext db, int count, string type, DateTimeOffset occurredAt, DateTimeOffset? sentAt, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (message_id, type, payload, occurred_at, sent_at)
            SELECT gen_random_uuid(), {type}, jsonb_build_object(), {occurredAt}, {sentAt} FROM generate_series(1, {count})
            """, ct);
}
