namespace Platform.Interop.Export;

/// <summary>Runs queued exports as they arrive (woken by the kick-off, else every few seconds) and drops expired ones.</summary>
public sealed class ExportWorker(IServiceScopeFactory scopes, ExportSignal signal, ILogger<ExportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var writer = scope.ServiceProvider.GetRequiredService<ExportWriter>();
                await writer.PurgeExpiredAsync(stoppingToken);
                while (await writer.RunNextAsync(stoppingToken))
                {
                }

                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The job keeps its lease and is taken again when it lapses; the database may be back by then.
                logger.LogError(exception, "The export worker failed; it tries again shortly");
                await Task.Delay(Poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
