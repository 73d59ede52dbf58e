using System.Diagnostics;

namespace Platform.AppHost.Hosting;

/// <summary>
/// The local platform, started the way Aspire's DistributedApplication is: infrastructure first, then each
/// project once everything it references is up. The AppHost's Program.cs runs it until Ctrl+C; a test starts it,
/// reaches its projects through <see cref="GetEndpoint"/> and disposes it, which stops everything it started.
/// </summary>
public sealed class PlatformApp : IAsyncDisposable
{
    private readonly PlatformContext context;
    private readonly IReadOnlyList<Resource> resources;
    private readonly Dictionary<string, ProjectRunner> projects;
    private readonly Dictionary<string, InfrastructureRunner> infrastructure;

    internal PlatformApp(PlatformContext context, IReadOnlyList<Resource> resources)
    {
        this.context = context;
        this.resources = resources;
        projects = resources.OfType<ProjectResource>()
            .ToDictionary(project => project.Name, project => new ProjectRunner(project, context));
        infrastructure = resources.OfType<InfrastructureResource>()
            .ToDictionary(server => server.Name, server => new InfrastructureRunner(server, context));
    }

    public IReadOnlyList<Resource> Resources => resources;

    /// <param name="repoRoot">
    /// The repository root; by default the nearest folder above the running assembly that holds Platform.sln.
    /// </param>
    public static PlatformAppBuilder CreateBuilder(string? repoRoot = null) =>
        new(Path.GetFullPath(repoRoot ?? FindRepoRoot(AppContext.BaseDirectory)));

    /// <summary>
    /// Starts every resource; on a failure, stops what had started and throws <see cref="ResourceFailedException"/>.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var startup = Stopwatch.StartNew();
        using var firstFailure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = new Dictionary<Resource, Task>();
        // Each resource starts once, after whatever it references, in whatever order they were declared.
        Task StartOf(Resource resource) => started.TryGetValue(resource, out var task)
            ? task
            : started[resource] = StartAfterAsync(resource, [.. DependenciesOf(resource).Select(StartOf)], firstFailure);
        foreach (var resource in resources)
        {
            _ = StartOf(resource);
        }

        try
        {
            await Task.WhenAll(started.Values);
        }
        catch (ResourceFailedException failure)
        {
            context.Log.Info(failure.Message);
            await StopAsync();
            context.Log.WriteBlock(ResourceTable.Format(
                resources, $"Start-up failed after {startup.Elapsed.TotalSeconds:0.0} s; what had started is stopped."));
            throw;
        }
        catch
        {
            // Cancelled (Ctrl+C during start-up), or a fault of the AppHost itself: nothing may be left running.
            await StopAsync();
            throw;
        }

        context.Log.WriteBlock(ResourceTable.Format(resources, $"Started in {startup.Elapsed.TotalSeconds:0.0} s."));
    }

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops everything; 1 when the platform could not start.</summary>
    public async Task<int> RunAsync()
    {
        using var shutdown = new ShutdownSignal();
        using var announce = shutdown.Token.Register(() => context.Log.Info("shutting down"));
        try
        {
            await StartAsync(shutdown.Token);
            context.Log.Info("Press Ctrl+C to stop.");
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (ResourceFailedException)
        {
            return 1; // StartAsync has said why.
        }
        catch (OperationCanceledException) when (shutdown.Token.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM, during start-up or after: the normal way to end.
        }
        finally
        {
            await StopAsync();
        }

        return 0;
    }

    public Uri GetEndpoint(string projectName) => Resource<ProjectResource>(projectName).Endpoint!;

    public HttpClient CreateHttpClient(string projectName) =>
        new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = GetEndpoint(projectName) };

    public string GetConnectionString(string resourceName) =>
        Resource<ResourceWithConnectionString>(resourceName).ConnectionString
        ?? throw new InvalidOperationException($"{resourceName} has not started.");

    /// <summary>Stops one project (SIGTERM, killed after 10 s), for a "backend is down" test; its endpoint stays.</summary>
    public Task StopResourceAsync(string projectName) => Runner(projectName).StopAsync();

    /// <summary>Starts a stopped project again, without its migrate step, and waits until it is healthy.</summary>
    public async Task StartResourceAsync(string projectName, CancellationToken cancellationToken = default)
    {
        var runner = Runner(projectName);
        try
        {
            await runner.StartAsync(migrate: false, cancellationToken);
        }
        catch
        {
            await runner.StopAsync();
            throw;
        }
    }

    /// <summary>Stops every process it started, then the infrastructure it started. Safe to call more than once.</summary>
    public async Task StopAsync()
    {
        await Task.WhenAll(projects.Values.Select(project => project.StopAsync()));
        await Task.WhenAll(infrastructure.Values.Select(server => server.StopAsync()));
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartAfterAsync(Resource resource, Task[] dependencies, CancellationTokenSource firstFailure)
    {
        await Task.WhenAll(dependencies);
        try
        {
            await StartAsync(resource, firstFailure.Token);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // One failure is the answer: stop waiting for the rest.
            await firstFailure.CancelAsync();
            throw;
        }
    }

    private Task StartAsync(Resource resource, CancellationToken cancellationToken)
    {
        switch (resource)
        {
            case InfrastructureResource server:
                return infrastructure[server.Name].StartAsync(cancellationToken);
            case PostgresDatabaseResource database:
                database.State = database.Server.State;
                return Task.CompletedTask;
            case ProjectResource project:
                return projects[project.Name].StartAsync(migrate: project.RunsMigrateStep, cancellationToken);
            default:
                throw new NotSupportedException(resource.GetType().Name);
        }
    }

    private static IEnumerable<Resource> DependenciesOf(Resource resource) => resource switch
    {
        PostgresDatabaseResource database => [database.Server],
        ProjectResource project => project.WaitsFor,
        _ => [],
    };

    private ProjectRunner Runner(string projectName) =>
        projects.GetValueOrDefault(projectName)
        ?? throw new ArgumentException($"No project named '{projectName}' is declared.", nameof(projectName));

    private T Resource<T>(string name) where T : Resource =>
        resources.OfType<T>().SingleOrDefault(r => r.Name == name)
        ?? throw new ArgumentException($"No {typeof(T).Name} named '{name}' is declared.", nameof(name));

    private static string FindRepoRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {start} holds Platform.sln; pass the repository root to CreateBuilder.");
    }
}
