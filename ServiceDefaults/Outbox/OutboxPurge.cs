using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>
/// Deletes outbox rows sent longer ago than <see cref="OutboxOptions.SentRetention"/>. A sent row has done its work
/// (consumers' inboxes, not the outbox, absorb redeliveries); kept forever, the audit rows alone grew eligibility's
/// table by hundreds of megabytes an hour under load. Unsent rows are never touched, however old.
/// </summary>
public sealed class OutboxPurge<TContext>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxPurge<TContext>> logger) : BackgroundService where TContext : DbContext
{
    /// <summary>Rows per statement: a large backlog is removed in short transactions, not one long lock.</summary>
    public const int Chunk = 10_000;

    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Deletes every row sent before <paramref name="cutoff"/>; returns how many.</summary>
    public static async Task<int> PurgeAsync(DbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var purged = 0;
        int deleted;
        do
        {
            // Oldest first along the primary key, where sent rows sit: no index on sent_at is needed.
            deleted = await db.Database.ExecuteSqlAsync($"""
                DELETE FROM outbox_messages WHERE sequence IN (
                    SELECT sequence FROM outbox_messages WHERE sent_at < {cutoff} ORDER BY sequence LIMIT {Chunk})
                """, cancellationToken);
            purged += deleted;
        }
        while (deleted == Chunk);

        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await PurgeAsync(scope.ServiceProvider.GetRequiredService<TContext>(), time.GetUtcNow() - options.Value.SentRetention, stoppingToken);
                logger.LogDebug("Purged {Count} sent outbox rows", purged);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The next tick tries again; rows already sent are not at risk meanwhile.
                logger.LogWarning("Could not purge sent outbox rows: {Reason}", exception.Message);
            }
        }
    }
}
