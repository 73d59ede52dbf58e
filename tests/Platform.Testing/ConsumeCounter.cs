using MassTransit;

namespace Platform.Testing;

/// <summary>
/// Counts completed consumptions of one message id, however many other messages pass: a test learns that a
/// redelivery was handled (and skipped), which no database row can show.
/// </summary>
public sealed class ConsumeCounter(Guid messageId) : IConsumeObserver
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId == messageId)
        {
            Interlocked.Increment(ref count);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
