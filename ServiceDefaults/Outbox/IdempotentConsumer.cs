using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>
/// A consumer that applies each message once: the message id is recorded in the inbox in the same transaction
/// as the effect, and a message already recorded is skipped. Delivery is at-least-once; the effect is exactly once.
/// </summary>
public abstract class IdempotentConsumer<TContext, TMessage>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TContext : DbContext
    where TMessage : class
{
    protected TContext Db => db;

    protected TimeProvider Time => time;

    private string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        if (await AlreadyProcessedAsync(messageId, context.CancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await ApplyAsync(context.Message, context.CancellationToken);
        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = ConsumerName, ProcessedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent delivery of the same message committed first; anything else unique is a real conflict.
            await transaction.RollbackAsync(context.CancellationToken);
            db.ChangeTracker.Clear();
            if (!await AlreadyProcessedAsync(messageId, context.CancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Stages the message's effect on the context, or executes it: the transaction is open, and the base class commits
    /// it with the inbox record.
    /// </summary>
    protected abstract Task ApplyAsync(TMessage message, CancellationToken cancellationToken);

    private Task<bool> AlreadyProcessedAsync(Guid messageId, CancellationToken cancellationToken) =>
        db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId && m.Consumer == ConsumerName, cancellationToken);
}
