using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>
/// Publishes saved integration events through MassTransit and marks them sent, retrying with backoff until the
/// broker takes them. Rows are claimed with FOR UPDATE SKIP LOCKED so several instances never send the same
/// row at once; an event whose "sent" mark was lost is sent again with the same message id (at-least-once),
/// which consumers' inboxes absorb.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 500;
    // Each publish waits for the broker's confirm; one at a time a backlog (a first run's announced demo claims) went out
    // at some 150 a second. Consumers already take no order for granted (several messages are in flight at each), so
    // the relay does not keep one either.
    private const int PublishesInFlight = 32;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);
    // Short while the broker is failing: MassTransit retries a failed send after 1 + 3 s inside the same publish, so a
    // broker back from a crash is only tried again when our timeout ends that wait. Timeout plus backoff bound how long
    // the backlog waits once the broker is back (the chaos suite times it, target 5 s); an attempt against a dead broker
    // costs one query and a refused connection. A publish cut short that did reach the broker goes again with the same
    // message id, which the consumers' inboxes absorb.
    private static readonly TimeSpan FailingPublishTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await PublishBatchAsync(failures == 0 ? PublishTimeout : FailingPublishTimeout, stoppingToken);
                failures = 0;
                if (sent == BatchSize)
                {
                    continue;
                }

                if (await signal.WaitAsync(PollInterval, stoppingToken))
                {
                    // What is saved meanwhile goes out in the same pass (and its audit rows in one message).
                    await Task.Delay(options.Value.Linger, time, stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                var backoff = TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, failures)));
                logger.LogWarning("Outbox relay could not publish (attempt {Attempt}), retrying in {Backoff}: {Reason}",
                    failures, backoff, exception.Message);
                await Task.Delay(backoff, time, stoppingToken);
            }
        }
    }

    private async Task<int> PublishBatchAsync(TimeSpan publishTimeout, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL ORDER BY sequence LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .AsNoTracking()
            .ToListAsync(stoppingToken);

        Exception? failure = null;
        var sent = new List<long>(batch.Count);
        foreach (var window in OutboxPublications.Of(batch).Chunk(PublishesInFlight))
        {
            var publishes = window.Select(publication => PublishAsync(bus, publication, publishTimeout, stoppingToken)).ToArray();
            try
            {
                await Task.WhenAll(publishes);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                failure = exception;
            }

            sent.AddRange(window.Where((_, i) => publishes[i].IsCompletedSuccessfully).SelectMany(publication => publication.Rows.Select(row => row.Sequence)));
            if (failure is not null)
            {
                break;
            }
        }

        // Keep the marks of what did go out before a failure, so it is not sent twice: one statement for the pass.
        if (sent.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.Set<OutboxMessage>().Where(row => sent.Contains(row.Sequence))
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.SentAt, now), stoppingToken);
        }

        await transaction.CommitAsync(stoppingToken);
        if (failure is not null)
        {
            throw failure;
        }

        return sent.Count;
    }

    private static async Task PublishAsync(IBus bus, OutboxPublication publication, TimeSpan publishTimeout, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(publishTimeout);
        // MassTransit's send span, and through its headers every consumer's, become children of this one.
        using var activity = ActivityContext.TryParse(publication.TraceParent, null, out var saved)
            ? OutboxTelemetry.Source.StartActivity($"outbox publish {publication.Type.Name}", ActivityKind.Internal, saved)
            : null;
        await bus.Publish(publication.Payload, publication.Type, context => context.MessageId = publication.MessageId, timeout.Token);
    }
}
