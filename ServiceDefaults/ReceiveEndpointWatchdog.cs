using System.Collections.Concurrent;
using System.Net.Sockets;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults;

/// <summary>
/// Restarts a faulted receive endpoint as soon as the broker accepts connections again. MassTransit 8.5 retries a
/// faulted receive transport on a fixed schedule (after 3 s, then 6, 12, 24 and 30 s; RabbitMqHostConfiguration sets
/// it and offers no setting), so a consumer could sit idle for up to 30 s after the broker is back; the chaos suite's
/// target is 5 s. A restart stops the endpoint (which cancels MassTransit's wait) and starts it, which connects at
/// once. Each endpoint's restarts back off on their own (0.5 s doubling to 30 s, reset when it is ready), so a broker
/// that accepts TCP but refuses us (credentials, a missing virtual host) is not hammered.
/// </summary>
public sealed class ReceiveEndpointWatchdog(BrokerAddress broker, TimeProvider time, ILogger<ReceiveEndpointWatchdog> logger)
    : BackgroundService, IReceiveEndpointObserver
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstRestartDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxRestartDelay = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Uri, FaultedEndpoint> faulted = new();
    private readonly SemaphoreSlim faultReported = new(0, 1);

    Task IReceiveEndpointObserver.Faulted(ReceiveEndpointFaulted fault)
    {
        var now = time.GetUtcNow();
        faulted.AddOrUpdate(fault.InputAddress,
            _ => new FaultedEndpoint(fault.ReceiveEndpoint, now + FirstRestartDelay, 0),
            (_, known) => known with { Endpoint = fault.ReceiveEndpoint });
        try
        {
            faultReported.Release();
        }
        catch (SemaphoreFullException)
        {
            // The watchdog is already awake.
        }

        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Ready(ReceiveEndpointReady ready)
    {
        faulted.TryRemove(ready.InputAddress, out _);
        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    Task IReceiveEndpointObserver.Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (faulted.IsEmpty)
            {
                await faultReported.WaitAsync(stoppingToken);
                continue;
            }

            await Task.Delay(ProbeInterval, time, stoppingToken);
            var now = time.GetUtcNow();
            var due = faulted.Where(entry => entry.Value.NextRestart <= now).ToList();
            if (due.Count > 0 && await BrokerAcceptsConnectionsAsync(stoppingToken))
            {
                foreach (var (address, endpoint) in due)
                {
                    await RestartAsync(address, endpoint, stoppingToken);
                }
            }
        }
    }

    private async Task<bool> BrokerAcceptsConnectionsAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(ConnectTimeout);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(broker.Host, broker.Port, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private async Task RestartAsync(Uri address, FaultedEndpoint endpoint, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromTicks(Math.Min(MaxRestartDelay.Ticks, FirstRestartDelay.Ticks << Math.Min(endpoint.Restarts + 1, 16)));
        // Only if it is still faulted: a Ready since the snapshot removed it, and it must not be restarted then.
        if (!faulted.TryUpdate(address, endpoint with { NextRestart = time.GetUtcNow() + delay, Restarts = endpoint.Restarts + 1 }, endpoint))
        {
            return;
        }

        logger.LogInformation("The broker accepts connections again; restarting receive endpoint {Endpoint} (restart {Restart})",
            address.AbsolutePath, endpoint.Restarts + 1);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(StopTimeout);
            await endpoint.Endpoint.Stop(timeout.Token);
            endpoint.Endpoint.Start(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // MassTransit's own schedule still runs, and the next fault report brings the endpoint back here.
            logger.LogWarning("Receive endpoint {Endpoint} could not be restarted: {Reason}", address.AbsolutePath, exception.Message);
        }
    }

    private sealed record FaultedEndpoint(IReceiveEndpoint Endpoint, DateTimeOffset NextRestart, int Restarts);
}
