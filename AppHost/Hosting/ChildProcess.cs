using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Platform.AppHost.Hosting;

/// <summary>
/// A process the AppHost started: each line it writes (stdout and stderr) goes to <c>onLine</c>, and stopping it
/// asks first (SIGTERM, so ASP.NET Core shuts down gracefully) and kills its whole tree only when it does not obey.
/// </summary>
internal sealed class ChildProcess
{
    private const int SigTerm = 15;

    // A daemon the child left behind (eng/infra.sh starting a server) may hold our pipes open for ever: its
    // output is waited for this long after the child's exit, and dropped after that.
    private static readonly TimeSpan OutputDrainTime = TimeSpan.FromSeconds(1);

    private readonly Process process;
    private readonly int id;
    private readonly Action<string> onLine;
    private readonly TaskCompletionSource processEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource errorClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool forwarding = true;
    private volatile bool stopRequested;

    private ChildProcess(ProcessStartInfo startInfo, Action<string> onLine)
    {
        this.onLine = onLine;
        process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.Exited += (_, _) => processEnded.TrySetResult();
        process.OutputDataReceived += (_, e) => Forward(e.Data, outputClosed);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, errorClosed);
        process.Start();
        id = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Exited = WaitForExitAsync();
    }

    /// <summary>Completes with the exit code once the process has ended and its output has been forwarded.</summary>
    public Task<int> Exited { get; }

    /// <summary>True once <see cref="StopAsync"/> was called: its exit is then no surprise.</summary>
    public bool StopRequested => stopRequested;

    /// <param name="environment">The child's whole environment, or null to inherit the AppHost's.</param>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        Action<string> onLine)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Children must not share the terminal: a .NET child reconfigures it, and stdin is the AppHost's.
            RedirectStandardInput = true,
        };
        if (environment is not null)
        {
            startInfo.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        return new ChildProcess(startInfo, onLine);
    }

    /// <returns>False when it had to be killed.</returns>
    public async Task<bool> StopAsync(TimeSpan gracePeriod)
    {
        stopRequested = true;
        if (Exited.IsCompleted)
        {
            return true;
        }

        _ = Kill(id, SigTerm);
        var obeyed = await Task.WhenAny(Exited, Task.Delay(gracePeriod)) == Exited;
        if (!obeyed)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited (and was disposed) between the timeout and the kill.
            }
        }

        await Exited;
        return obeyed;
    }

    private async Task<int> WaitForExitAsync()
    {
        await processEnded.Task;
        await Task.WhenAny(Task.WhenAll(outputClosed.Task, errorClosed.Task), Task.Delay(OutputDrainTime));
        forwarding = false;
        var exitCode = process.ExitCode;
        process.Dispose();
        return exitCode;
    }

    private void Forward(string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
        }
        else if (forwarding)
        {
            onLine(line);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
