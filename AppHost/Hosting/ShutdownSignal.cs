using System.Runtime.InteropServices;

namespace Platform.AppHost.Hosting;

/// <summary>
/// Turns Ctrl+C (SIGINT), SIGTERM and a closed terminal (SIGHUP) into a cancellation, so the AppHost stops what
/// it started instead of dying and leaving servers and services behind.
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource requested = new();
    private readonly PosixSignalRegistration[] registrations;

    public ShutdownSignal() =>
        registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(Register)];

    public CancellationToken Token => requested.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        requested.Dispose();
    }

    private PosixSignalRegistration Register(PosixSignal signal) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            // Handled here: the default would end the process before anything is stopped.
            context.Cancel = true;
            requested.Cancel();
        });
}
