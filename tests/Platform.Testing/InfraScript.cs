using System.Diagnostics;

namespace Platform.Testing;

/// <summary>Runs eng/infra.sh, the same script a developer uses, optionally for another instance (own data and ports).</summary>
public sealed class InfraScript(IReadOnlyDictionary<string, string>? environment = null)
{
    public static readonly InfraScript Default = new();

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "eng", "infra.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"eng/infra.sh {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }

        return await output;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
