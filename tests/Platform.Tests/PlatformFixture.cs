using System.Net.Http.Headers;
using Platform.AppHost;
using Platform.AppHost.Hosting;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// The whole platform as the AppHost runs it — seven service processes and the gateway — on free ports, against
/// the local servers, with databases and a virtual host of its own. Process logs go to a file beside the tests.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    private readonly List<TestDatabase> databases = [];
    private TestVirtualHost? broker;
    private StreamWriter? log;

    public PlatformApp App { get; private set; } = null!;

    /// <summary>The gateway's rate limit here, low enough for a test to reach.</summary>
    public const int RateLimitBurst = 40;

    public virtual async ValueTask InitializeAsync()
    {
        var servers = await LocalServers.EnsureStartedAsync();
        broker = await TestVirtualHost.CreateAsync();
        foreach (var (name, _, _) in LocalPlatform.Services)
        {
            databases.Add(await TestDatabase.NameAsync($"{name}db"));
        }

        log = new StreamWriter(Path.Combine(AppContext.BaseDirectory, $"{GetType().Name}.log")) { AutoFlush = true };
        var builder = PlatformApp.CreateBuilder()
            .WithConnectionString("postgres", servers.Postgres)
            .WithConnectionString("cache", servers.Cache)
            .WithConnectionString("messaging", broker.Uri)
            .WithOutput(TextWriter.Synchronized(log));
        var projects = LocalPlatform.Declare(builder, DatabaseFor, freePorts: true);
        projects["gateway"]
            .WithEnvironment("Gateway__RateLimit__PermitsPerSecond", "10")
            .WithEnvironment("Gateway__RateLimit__Burst", RateLimitBurst.ToString());
        Configure(projects);
        App = builder.Build();
        await App.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A fixture's own settings for the declared projects, applied before the platform starts.</summary>
    protected virtual void Configure(IReadOnlyDictionary<string, ProjectResource> projects)
    {
    }

    public HttpClient Gateway(string? token = null)
    {
        var client = App.CreateHttpClient("gateway");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A gateway client signed in as a demo user (DemoSeed), through the real sign-in.</summary>
    public async Task<HttpClient> SignedInAsync(DemoUser user)
    {
        using var anonymous = Gateway();
        return Gateway(await SignIn.TokenAsync(anonymous, user));
    }

    public string DatabaseFor(string resource) => databases.Single(db => db.Name.StartsWith($"{resource}_", StringComparison.Ordinal)).Name;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        if (broker is not null)
        {
            await broker.DisposeAsync();
        }

        log?.Dispose();
        GC.SuppressFinalize(this);
    }
}
