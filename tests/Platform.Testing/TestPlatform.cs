using Platform.AppHost;
using Platform.AppHost.Hosting;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// Projects of the platform as the AppHost declares them (<see cref="LocalPlatform.Declare"/>), on free ports, against
/// the local servers, with databases and a RabbitMQ virtual host of their own, dropped afterwards. The processes'
/// output goes to <c>&lt;name&gt;.log</c> beside the test assembly.
/// </summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private readonly List<TestDatabase> databases = [];
    private TestVirtualHost? broker;
    private StreamWriter? log;

    private TestPlatform()
    {
    }

    public PlatformApp App { get; private set; } = null!;

    /// <param name="name">Names the log file.</param>
    /// <param name="only">The projects to declare (LocalPlatform.Declare's <c>only</c>); all when null.</param>
    /// <param name="configure">Settings of the declared projects, applied before they start.</param>
    /// <param name="messaging">A broker of the caller's own; a virtual host of the local one when null.</param>
    public static async Task<TestPlatform> StartAsync(
        string name,
        IReadOnlySet<string>? only = null,
        Action<IReadOnlyDictionary<string, ProjectResource>>? configure = null,
        string? messaging = null)
    {
        var platform = new TestPlatform();
        var servers = await LocalServers.EnsureStartedAsync();
        if (messaging is null)
        {
            platform.broker = await TestVirtualHost.CreateAsync();
        }

        foreach (var (service, _, _) in LocalPlatform.Services.Where(service => only?.Contains(service.Name) ?? true))
        {
            platform.databases.Add(await TestDatabase.NameAsync($"{service}db"));
        }

        platform.log = new StreamWriter(Path.Combine(AppContext.BaseDirectory, $"{name}.log")) { AutoFlush = true };
        var builder = PlatformApp.CreateBuilder()
            .WithConnectionString("postgres", servers.Postgres)
            .WithConnectionString("cache", servers.Cache)
            .WithConnectionString("messaging", messaging ?? platform.broker!.Uri)
            .WithOutput(TextWriter.Synchronized(platform.log));
        var projects = LocalPlatform.Declare(builder, resource => platform.Database(resource).Name, freePorts: true, only: only);
        configure?.Invoke(projects);
        platform.App = builder.Build();
        await platform.App.StartAsync(TestContext.Current.CancellationToken);
        return platform;
    }

    /// <summary>The test database behind a database resource (claimsdb).</summary>
    public TestDatabase Database(string resource) => databases.Single(db => db.Name.StartsWith($"{resource}_", StringComparison.Ordinal));

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

        log?.Dispose();
    }
}
