using System.Globalization;

namespace Platform.Bench;

/// <summary>A process's resident memory (VmRSS in /proc/&lt;pid&gt;/status), read every 50 ms; the largest seen, in MB.</summary>
public sealed class RssSampler
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public RssSampler(int pid) => sampling = Task.Run(async () =>
    {
        while (!stop.IsCancellationRequested)
        {
            Peak = Math.Max(Peak, ReadMb(pid, "VmRSS"));
            await Task.Delay(50);
        }
    });

    public double Peak { get; private set; }

    public async Task<double> StopAsync()
    {
        await stop.CancelAsync();
        await sampling;
        return Peak;
    }

    /// <summary>A memory figure of /proc/&lt;pid&gt;/status in MB: VmRSS (now) or VmHWM (the peak since the process started).</summary>
    public static double ReadMb(int pid, string field) =>
        File.ReadLines($"/proc/{pid}/status").First(line => line.StartsWith(field + ":", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb ? double.Parse(kb, CultureInfo.InvariantCulture) / 1024 : 0;
}
