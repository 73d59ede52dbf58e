using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Audit;
using Npgsql;
using NpgsqlTypes;
using Platform.ServiceDefaults.Outbox;

namespace Platform.ServiceDefaults.Audit;

/// <summary>Entries waiting to be made durable; each caller learns when its own entry is.</summary>
public interface IAuditQueue
{
    /// <summary>Completes when the entry is committed; faults with the database's error when it cannot be.</summary>
    Task CommitAsync(AuditRecord entry, CancellationToken cancellationToken);
}

/// <summary>
/// Group commit for audited reads: one writer takes every entry queued while its previous flush was in flight and
/// commits them as ONE outbox row of <see cref="AuditRecorded"/>, then releases each waiting caller. Under load a
/// read costs a share of one commit instead of a commit of its own; alone it costs one small insert. The outbox
/// relay then publishes the row like any integration event.
/// </summary>
public sealed class AuditWriter<TContext>(IServiceScopeFactory scopes, OutboxSignal signal, ILogger<AuditWriter<TContext>> logger)
    : BackgroundService, IAuditQueue where TContext : DbContext
{
    /// <summary>Bounds one message (a few hundred bytes an entry); what is left waits for the next flush.</summary>
    private const int MaxBatch = 256;

    // Unbounded is safe: every producer awaits its entry, so the queue never holds more than the requests in flight.
    private readonly Channel<PendingEntry> queue = Channel.CreateUnbounded<PendingEntry>(new UnboundedChannelOptions { SingleReader = true });

    // The writer's own connection and prepared insert, kept open: a flush is then one round trip and one commit,
    // without a DbContext, a pool rent or change tracking on the read's critical path. Used by the writer thread only.
    private NpgsqlConnection? connection;
    private NpgsqlCommand? insert;

    public Task CommitAsync(AuditRecord entry, CancellationToken cancellationToken)
    {
        var pending = new PendingEntry(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The audit trail is shut down; the read cannot be audited.");
        }

        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Take no more entries, but commit those already queued: their callers are waiting to answer.
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// A thread of its own with synchronous database I/O: under load the thread pool's queue holds hundreds of
    /// requests, and a flush whose every continuation waited behind them would delay every audited read.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void WriteLoop()
    {
        var batch = new List<PendingEntry>(MaxBatch);
        // Not stoppingToken: the loop ends when the queue is completed and drained (StopAsync).
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            Flush(batch);
            batch.Clear();
        }
    }

    private void Flush(List<PendingEntry> batch)
    {
        try
        {
            var message = OutboxModel.Message(new AuditRecorded([.. batch.Select(p => p.Entry)]), batch[^1].Entry.At);
            var command = Insert();
            command.Parameters[0].Value = message.MessageId;
            command.Parameters[1].Value = message.Type;
            command.Parameters[2].Value = message.Payload;
            command.Parameters[3].Value = message.OccurredAt;
            command.ExecuteNonQuery();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not commit {Count} audit entries; their reads fail", batch.Count);
            Reset();
            batch.ForEach(pending => pending.Committed.TrySetException(exception));
            return;
        }

        batch.ForEach(pending => pending.Committed.TrySetResult());
        signal.Notify();
    }

    private NpgsqlCommand Insert()
    {
        if (insert is not null)
        {
            return insert;
        }

        using (var scope = scopes.CreateScope())
        {
            connection = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString());
        }

        connection.Open();
        insert = new NpgsqlCommand(OutboxModel.InsertSql, connection)
        {
            Parameters =
            {
                new() { NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { NpgsqlDbType = NpgsqlDbType.Text },
                new() { NpgsqlDbType = NpgsqlDbType.Text },
                new() { NpgsqlDbType = NpgsqlDbType.TimestampTz },
            },
        };
        insert.Prepare();
        return insert;
    }

    /// <summary>After a failure the connection may be broken; the next flush opens a new one.</summary>
    private void Reset()
    {
        insert?.Dispose();
        connection?.Dispose();
        (insert, connection) = (null, null);
    }

    public override void Dispose()
    {
        Reset();
        base.Dispose();
    }

    private sealed record PendingEntry(AuditRecord Entry, TaskCompletionSource Committed);
}
