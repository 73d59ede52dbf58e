using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>Wakes the relay as soon as events are saved, so publishing does not wait for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the relay will read every unsent event when it wakes.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Wakes the relay once saved events are visible: after the save, or, inside an explicit transaction (every idempotent
/// consumer's), after its commit — a consumer's events would otherwise wait for the relay's next poll. The options, and
/// so this interceptor, are shared by every context: what it remembers, it remembers per context.
/// </summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    /// <summary>Contexts whose save in progress adds events.</summary>
    private readonly ConditionalWeakTable<DbContext, object> saving = new();

    /// <summary>Contexts that saved events in a transaction not committed yet.</summary>
    private readonly ConditionalWeakTable<DbContext, object> uncommitted = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteEvents(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteEvents(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(saving, eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(saving, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(uncommitted, eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(uncommitted, eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteEvents(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added))
        {
            saving.AddOrUpdate(context, Marker);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !saving.Remove(context))
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        else
        {
            uncommitted.AddOrUpdate(context, Marker);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && uncommitted.Remove(context))
        {
            signal.Notify();
        }
    }

    private static void Forget(ConditionalWeakTable<DbContext, object> table, DbContext? context)
    {
        if (context is not null)
        {
            table.Remove(context);
        }
    }
}
