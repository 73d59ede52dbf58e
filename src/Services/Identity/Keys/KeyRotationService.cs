namespace Platform.Identity.Keys;

/// <summary>Checks the key schedule every minute, so the next key is published ahead of time even without traffic.</summary>
public sealed class KeyRotationService(SigningKeyStore store, TimeProvider time, ILogger<KeyRotationService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.RotateAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Signing keys could not be refreshed: {Reason}", exception.Message);
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }
}
