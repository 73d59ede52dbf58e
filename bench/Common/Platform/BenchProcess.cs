using System.Diagnostics;

namespace Platform.Bench;

/// <summary>One of the platform's programs started from its Release build, its output kept in a log file for when it fails.</summary>
public sealed class BenchProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string log;

    private BenchProcess(Process process, string log) => (this.process, this.log) = (process, log);

    public string Name { get; private init; } = "";

    /// <summary>The program's process id (`dotnet x.dll` runs it in the host's own process): for /proc readings of it.</summary>
    public int Id => process.Id;

    public static BenchProcess Start(string dll, IReadOnlyDictionary<string, string> environment, string logFolder, params string[] arguments)
    {
        var name = Path.GetFileNameWithoutExtension(dll);
        var log = Path.Combine(logFolder, $"{name}{(arguments.Length > 0 ? "-" + arguments[0] : "")}.log");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        arguments.ToList().ForEach(start.ArgumentList.Add);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var writer = new StreamWriter(log) { AutoFlush = true };
        DataReceivedEventHandler keep = (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (writer)
                {
                    writer.WriteLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchProcess(process, log) { Name = name };
    }

    /// <summary>Runs a one-shot step (migrate, seed-population) to its end; a failure shows the step's output.</summary>
    public static async Task RunAsync(string dll, IReadOnlyDictionary<string, string> environment, string logFolder, params string[] arguments)
    {
        await using var step = Start(dll, environment, logFolder, arguments);
        await step.process.WaitForExitAsync();
        if (step.process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{step.Name} {string.Join(' ', arguments)} exited {step.process.ExitCode}:\n{await File.ReadAllTextAsync(step.log)}");
        }
    }

    /// <summary>Waits until the program answers 200 on /health, or fails with its log.</summary>
    public async Task WaitHealthyAsync(HttpClient probe, Uri address)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var health = await probe.GetAsync(new Uri(address, "/health"));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"{Name} did not become healthy at {address}:\n{await File.ReadAllTextAsync(log)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
