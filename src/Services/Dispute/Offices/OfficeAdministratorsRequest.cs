using MassTransit;
using Platform.Contracts.Identity;

namespace Platform.Dispute.Offices;

/// <summary>
/// DSP-06: once this service's queues exist, asks identity for every office's LOA. Together with identity's own
/// announcements this covers either start order: announced before these queues existed, they are announced again on
/// request; asked before identity's queue existed, identity's announcements come after these queues. A request lost
/// (the broker down past the wait) is made again at the next start.
/// </summary>
public sealed class OfficeAdministratorsRequest(IBusControl bus, TimeProvider time, ILogger<OfficeAdministratorsRequest> logger) : BackgroundService
{
    private static readonly TimeSpan BusWait = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await bus.WaitForHealthStatus(BusHealthStatus.Healthy, BusWait) != BusHealthStatus.Healthy)
        {
            logger.LogWarning("The bus was not ready within {Wait}: offices' LOAs are not requested until the next start.", BusWait);
            return;
        }

        await bus.Publish(new OfficeAdministratorsRequested("dispute", time.GetUtcNow()), stoppingToken);
    }
}
