namespace Platform.Testing;

/// <summary>Waits for something that happens asynchronously (a relay, a consumer), failing after a deadline.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing arrived within {timeout ?? DefaultTimeout}.");
            }

            await Task.Delay(100);
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) =>
        await ValueAsync<object>(async () => await condition() ? true : null, timeout);
}
