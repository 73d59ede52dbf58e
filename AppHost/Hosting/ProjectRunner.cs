namespace Platform.AppHost.Hosting;

/// <summary>
/// Runs one project from its build output, in its own folder
/// (<c>dotnet &lt;dir&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;Name&gt;.dll</c>): its migrate step first, then the
/// project itself, started once <c>/health</c> answers.
/// </summary>
internal sealed class ProjectRunner(ProjectResource project, PlatformContext context)
{
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(10);

    private readonly string projectDirectory =
        Path.GetDirectoryName(Path.GetFullPath(Path.Combine(context.RepoRoot, project.ProjectPath)))!;

    private ChildProcess? process;

    private string EntryAssembly => Path.Combine(
        projectDirectory, context.ProjectOutputFolder, Path.GetFileNameWithoutExtension(project.ProjectPath) + ".dll");

    public async Task StartAsync(bool migrate, CancellationToken cancellationToken)
    {
        if (process is { Exited.IsCompleted: false })
        {
            return;
        }

        if (!File.Exists(EntryAssembly))
        {
            throw Failed(
                $"{EntryAssembly} does not exist: build the project first (building the AppHost builds them all)",
                project.Name);
        }

        project.State = ResourceState.Starting;
        var environment = ProjectEnvironment.For(project, context);
        if (migrate)
        {
            await MigrateAsync(environment, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        context.Log.Info($"starting {project.Name} on {project.BaseAddress}");
        var started = process = Run([EntryAssembly], environment, project.Name);
        _ = ReportUnexpectedExitAsync(started);
        if (!await HealthProbe.WaitUntilHealthyAsync(project.Endpoint!, started.Exited, cancellationToken))
        {
            throw Failed(
                started.Exited.IsCompleted
                    ? $"exited with code {await started.Exited} before /health answered"
                    : $"/health did not answer 200 within {HealthProbe.Timeout.TotalSeconds:0} s",
                project.Name);
        }

        project.State = ResourceState.Running;
    }

    public async Task StopAsync()
    {
        if (project.State is ResourceState.Starting or ResourceState.Running)
        {
            project.State = ResourceState.Exited;
        }

        if (process is not { } running)
        {
            return;
        }

        process = null;
        if (!running.Exited.IsCompleted)
        {
            context.Log.Info($"stopping {project.Name}");
        }

        if (!await running.StopAsync(GracePeriod))
        {
            context.Log.Info(
                $"killed {project.Name} (and its child processes): it did not stop within {GracePeriod.TotalSeconds:0} s");
        }
    }

    private async Task MigrateAsync(Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var source = ResourceLog.MigrateSource(project.Name);
        var migration = Run([EntryAssembly, "migrate"], environment, source);
        try
        {
            if (await migration.Exited.WaitAsync(cancellationToken) is not 0 and var exitCode)
            {
                throw Failed($"its migrate step exited with code {exitCode}", source);
            }
        }
        catch (OperationCanceledException)
        {
            await migration.StopAsync(GracePeriod);
            throw;
        }
    }

    private ChildProcess Run(IEnumerable<string> arguments, Dictionary<string, string> environment, string source) =>
        ChildProcess.Start("dotnet", arguments, projectDirectory, environment, line => context.Log.Write(source, line));

    /// <summary>A crash is reported and left for the developer to see: no restart, and the rest keeps running.</summary>
    private async Task ReportUnexpectedExitAsync(ChildProcess running)
    {
        var exitCode = await running.Exited;
        if (!running.StopRequested && project.State == ResourceState.Running)
        {
            project.State = ResourceState.Exited;
            context.Log.Info($"{project.Name} exited unexpectedly with code {exitCode}; it is not restarted");
        }
    }

    private ResourceFailedException Failed(string reason, string logSource)
    {
        project.State = ResourceState.Failed;
        return new ResourceFailedException(project.Name, reason, context.Log.Tail(logSource));
    }
}
