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

public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    private bool hasEvents;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteEvents(eventData);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteEvents(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalEvents();
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalEvents();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private void NoteEvents(DbContextEventData eventData) =>
        hasEvents = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added) ?? false;

    // Inside an explicit transaction the rows are not visible yet; the relay's poll picks them up after commit.
    private void SignalEvents()
    {
        if (hasEvents)
        {
            signal.Notify();
        }
    }
}
