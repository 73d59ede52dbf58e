using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Platform.Bench;

/// <summary>
/// The domain service a bench measures: its name (its gateway route and its database, "{name}db"), its folder under
/// the repository and its assembly, and how its kept database is brought to the data the run asks for.
/// </summary>
public sealed record MeasuredService(string Name, string Project, string Assembly, Func<ServiceDatabase, Task> PrepareAsync);

/// <summary>
/// Identity, the measured service and the gateway from their Release builds, as the AppHost runs them, plus the hello
/// baseline — on the local servers (eng/infra.sh), with databases of the bench's own.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private const string IdentityDatabase = "bench_identity";
    private readonly List<BenchProcess> processes = [];
    private readonly HttpClient probe = new();

    private BenchPlatform(string logs, MeasuredService measured, ServiceDatabase database) => (Logs, Measured, Database) = (logs, measured, database);

    public string Logs { get; }

    public MeasuredService Measured { get; }

    /// <summary>The measured service's database.</summary>
    public ServiceDatabase Database { get; }

    public Uri Hello { get; private set; } = null!;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The measured service, directly.</summary>
    public Uri Service { get; private set; } = null!;

    /// <summary>The measured service's and the gateway's processes, for what they use (memory, say).</summary>
    public BenchProcess ServiceProcess { get; private set; } = null!;

    public BenchProcess GatewayProcess { get; private set; } = null!;

    /// <summary>The portal's web app, when the bench started it (<c>withWeb</c>): reached through the gateway at /.</summary>
    public BenchProcess? WebProcess { get; private set; }

    public static async Task<BenchPlatform> StartAsync(string repo, MeasuredService measured, bool withWeb = false)
    {
        var server = Required("ConnectionStrings__postgres");
        var logs = Directory.CreateTempSubdirectory($"{measured.Name}-bench-").FullName;
        string Dll(string project, string name) => Path.Combine(repo, project, "bin/Release/net10.0", $"{name}.dll");
        var (hello, identity, service, gateway, web) = (FreePort(), FreePort(), FreePort(), FreePort(), FreePort());
        var shared = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // A log line per request would be measured too.
            ["Logging__LogLevel__Default"] = "Warning",
            ["ConnectionStrings__cache"] = Required("ConnectionStrings__cache"),
            ["ConnectionStrings__messaging"] = Required("ConnectionStrings__messaging"),
            ["ConnectionStrings__smtp"] = Required("ConnectionStrings__smtp"),
            ["services__identity__http__0"] = $"http://127.0.0.1:{identity}",
        };
        var identityEnvironment = With(shared, identity,
            ("ConnectionStrings__identitydb", new NpgsqlConnectionStringBuilder(server) { Database = IdentityDatabase }.ConnectionString),
            ("Identity__SeedDemoData", "true"),
            ("Identity__KeyEncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        var serviceDll = Dll(measured.Project, measured.Assembly);
        Dictionary<string, string> serviceEnvironment = [];
        var database = new ServiceDatabase(server, $"bench_{measured.Name}", arguments => BenchProcess.RunAsync(serviceDll, serviceEnvironment, logs, arguments));
        serviceEnvironment = With(shared, service, ($"ConnectionStrings__{measured.Name}db", database.ConnectionString));
        var platform = new BenchPlatform(logs, measured, database);

        await BenchServer.RecreateAsync(server, IdentityDatabase);
        await BenchProcess.RunAsync(Dll("src/Services/Identity", "Identity"), identityEnvironment, logs, "migrate");
        await measured.PrepareAsync(platform.Database);
        // A kept database may predate the build's migrations.
        await platform.Database.RunAsync("migrate");

        platform.Hello = await platform.StartAsync(Dll("bench/Hello", "HelloBench"), With(shared, hello), hello);
        await platform.StartAsync(Dll("src/Services/Identity", "Identity"), identityEnvironment, identity);
        platform.Service = await platform.StartAsync(serviceDll, serviceEnvironment, service);
        platform.ServiceProcess = platform.processes[^1];
        // The web app starts before the gateway it calls (it needs the address only when a page is asked for).
        if (withWeb)
        {
            // As the local run serves it: over plain HTTP its cookies need Development (BrowserProtections), which also
            // serves the build's static assets (the live script) from the project's wwwroot.
            await platform.StartAsync(Dll("src/Web", "Web"), With(shared, web, ("services__gateway__http__0", $"http://127.0.0.1:{gateway}"),
                ("ASPNETCORE_ENVIRONMENT", "Development"), ("ASPNETCORE_CONTENTROOT", Path.Combine(repo, "src/Web"))), web);
            platform.WebProcess = platform.processes[^1];
        }

        platform.Gateway = await platform.StartAsync(Dll("src/Gateway", "Gateway"), With(shared, gateway,
            ($"services__{measured.Name}__http__0", $"http://127.0.0.1:{service}"),
            ("services__hello__http__0", $"http://127.0.0.1:{hello}"),
            ("services__web__http__0", withWeb ? $"http://127.0.0.1:{web}" : ""),
            // The per-client limit (200/s) protects the platform from one caller; here one caller is the load.
            ("Gateway__RateLimit__PermitsPerSecond", "1000000"),
            ("Gateway__RateLimit__Burst", "1000000")), gateway);
        platform.GatewayProcess = platform.processes[^1];
        return platform;
    }

    /// <summary>A fresh access token of a demo user (the plan-staff one unless named), signed in through the gateway (tokens live 5 minutes).</summary>
    public async Task<string> SignInAsync(string email = "planstaff@plan.example")
    {
        using var response = await probe.PostAsJsonAsync(new Uri(Gateway, "/api/identity/v1/sessions"),
            new { email, password = "Demo-Portal-Pass-2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Session>())!.AccessToken;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        probe.Dispose();
    }

    private async Task<Uri> StartAsync(string dll, Dictionary<string, string> environment, int port)
    {
        var process = BenchProcess.Start(dll, environment, Logs);
        processes.Add(process);
        var address = new Uri($"http://127.0.0.1:{port}");
        await process.WaitHealthyAsync(probe, address);
        return address;
    }

    private static Dictionary<string, string> With(Dictionary<string, string> shared, int port, params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string>(shared) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        foreach (var (key, value) in more)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"Set {name} (the bench's script does, from eng/infra.sh env).");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Session(string AccessToken);
}
