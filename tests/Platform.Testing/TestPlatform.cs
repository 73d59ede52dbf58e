using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The platform as its Aspire AppHost (<c>TAppHost</c>: <c>Projects.AppHost</c>) declares it, started through Aspire.Hosting.Testing on ports DCP allocates,
/// against the local servers, with databases and a RabbitMQ virtual host of its own (dropped afterwards). Started once
/// every project that has a health check reports healthy. The AppHost's and the resources' logs go to
/// <c>&lt;name&gt;.log</c> beside the test assembly.
/// </summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly List<TestDatabase> databases = [];
    private TestVirtualHost? broker;

    private TestPlatform()
    {
    }

    public DistributedApplication App { get; private set; } = null!;

    /// <param name="name">Names the log file.</param>
    /// <param name="only">The services, gateway and web app to declare (the AppHost's Platform:Resources); all when null.</param>
    /// <param name="configure">Changes to the declared model (a project's environment, say), made before it starts.</param>
    /// <param name="servers">Servers of the caller's own; the local ones, with a RabbitMQ virtual host of its own, when null.</param>
    /// <param name="settings">More of the AppHost's settings, as <c>Platform:DemoPopulation=300</c>.</param>
    public static async Task<TestPlatform> StartAsync<TAppHost>(
        string name,
        IReadOnlySet<string>? only = null,
        Action<IDistributedApplicationTestingBuilder>? configure = null,
        ServerAddresses? servers = null,
        params string[] settings) where TAppHost : class
    {
        var platform = new TestPlatform();
        if (servers is null)
        {
            platform.broker = await TestVirtualHost.CreateAsync();
            servers = await LocalServers.EnsureStartedAsync() with { Messaging = platform.broker.Uri };
        }

        var suffix = $"_{Guid.NewGuid():N}"[..13];
        string[] arguments =
        [
            $"--ConnectionStrings:postgres={servers.Postgres}",
            $"--ConnectionStrings:cache={servers.Cache}",
            $"--ConnectionStrings:messaging={servers.Messaging}",
            $"--ConnectionStrings:smtp={servers.Smtp}",
            $"--Platform:DatabaseSuffix={suffix}",
            "--Platform:DemoPopulation=0",
            .. only is null ? Array.Empty<string>() : [$"--Platform:Resources={string.Join(',', only)}"],
            .. settings.Select(setting => $"--{setting}"),
        ];
        return await platform.StartAsync(typeof(TAppHost), name, arguments, dashboard: false, builder =>
        {
            // No dashboard runs to receive telemetry: without this each process would try to send its last batch to
            // the address Aspire names anyway, and take the exporter's timeout to stop.
            foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
            {
                builder.CreateResourceBuilder(project).WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", "");
            }

            platform.databases.AddRange(builder.Resources.OfType<IResourceWithConnectionString>()
                .Where(resource => resource is IResourceWithParent)
                .Select(resource => TestDatabase.Named($"{resource.Name}{suffix}", servers.Postgres)));
            configure?.Invoke(builder);
        });
    }

    /// <summary>
    /// The whole platform exactly as <c>eng/run.sh</c> runs it — its own PostgreSQL, Redis and RabbitMQ from the machine's
    /// binaries, with their data under <paramref name="dataFolder"/> — and the Aspire dashboard at <paramref name="dashboard"/>.
    /// </summary>
    public static Task<TestPlatform> StartWithDashboardAsync<TAppHost>(string name, string dataFolder, DashboardAddress dashboard)
        where TAppHost : class =>
        new TestPlatform().StartAsync(typeof(TAppHost), name,
            [
                $"--Platform:Data={dataFolder}",
                $"--ASPNETCORE_URLS={dashboard.Frontend.GetLeftPart(UriPartial.Authority)}",
                $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL={dashboard.Otlp.GetLeftPart(UriPartial.Authority)}",
                $"--ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN={dashboard.BrowserToken}",
                "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
                // The dashboard at the address asked for: Aspire.Hosting.Testing would move it to a random port.
                "--DcpPublisher:RandomizePorts=false",
            ],
            dashboard: true,
            configure: null);

    private async Task<TestPlatform> StartAsync(
        Type appHost,
        string name, string[] arguments, bool dashboard, Action<IDistributedApplicationTestingBuilder>? configure)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(
            appHost,
            ["--Platform:FixedPorts=false", .. arguments], (options, _) => options.DisableDashboard = !dashboard, cancellation);
        builder.Services.AddLogging(logging => logging.ClearProviders()
            .AddProvider(new FileLoggerProvider(Path.Combine(AppContext.BaseDirectory, $"{name}.log"))));
        configure?.Invoke(builder);

        App = await builder.BuildAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(StartTimeout);
        try
        {
            await App.StartAsync(timeout.Token);
            await Task.WhenAll(builder.Resources.Where(resource => resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _))
                .Select(resource => App.ResourceNotifications.WaitForResourceHealthyAsync(
                    resource.Name, WaitBehavior.StopOnResourceUnavailable, timeout.Token)));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }

        return this;
    }

    public HttpClient CreateHttpClient(string resource) => App.CreateHttpClient(resource);

    public Uri GetEndpoint(string resource) => App.GetEndpoint(resource);

    public async Task<string> GetConnectionStringAsync(string resource) =>
        await App.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string.");

    /// <summary>Stops one project, for a "backend is down" test; its endpoint stays allocated.</summary>
    public async Task StopResourceAsync(string resource)
    {
        await ExecuteAsync(resource, KnownResourceCommands.StopCommand);
        await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, TestContext.Current.CancellationToken);
    }

    /// <summary>Starts a stopped project again and waits until it is healthy.</summary>
    public async Task StartResourceAsync(string resource)
    {
        await LaunchResourceAsync(resource);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Kills one project's process tree with SIGKILL, as a crash would (no shutdown hooks, no draining), and waits
    /// until Aspire sees it gone. <see cref="StartResourceAsync"/> or <see cref="LaunchResourceAsync"/> brings it back.
    /// </summary>
    public async Task CrashResourceAsync(string resource)
    {
        var snapshot = App.ResourceNotifications.TryGetCurrentState(resource, out var current) ? current.Snapshot
            : throw new InvalidOperationException($"{resource} is not known.");
        // The process id as the dashboard shows it (Aspire's KnownProperties.Executable.Pid is internal).
        var pid = snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value
            ?? throw new InvalidOperationException($"{resource} has no process.");
        using (var process = System.Diagnostics.Process.GetProcessById(Convert.ToInt32(pid)))
        {
            process.Kill(entireProcessTree: true);
        }

        await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, TestContext.Current.CancellationToken);
    }

    /// <summary>Starts a stopped or crashed project again without waiting for it: the caller times its way back.</summary>
    public Task LaunchResourceAsync(string resource) => ExecuteAsync(resource, KnownResourceCommands.StartCommand);

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command, TestContext.Current.CancellationToken);
        if (!result.Success)
        {
            throw new InvalidOperationException($"'{command}' on {resource} failed: {result.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        if (broker is not null)
        {
            await broker.DisposeAsync();
        }
    }
}
