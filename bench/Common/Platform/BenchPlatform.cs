using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Npgsql;

namespace Platform.Bench;

/// <summary>
/// The domain service a bench measures: its name (its gateway route and its database, "{name}db"), its folder under
/// the repository and its assembly, and how its kept database is brought to the data the run asks for.
/// </summary>
public sealed record MeasuredService(string Name, string Project, string Assembly, Func<ServiceDatabase, Task> PrepareAsync)
{
    /// <summary>
    /// The services it calls (interop calls eligibility and referral, say): each started before it, as the AppHost runs
    /// them, with a database of its own prepared the same way, and named to it and to the gateway (services__name__http__0).
    /// </summary>
    public IReadOnlyList<MeasuredService> Calls { get; init; } = [];

    /// <summary>More configuration for its processes, its one-shot steps included (a migrate step's demo copies, say).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Identity, the measured service and the services it calls, and the gateway from their Release builds, as the AppHost
/// runs them, plus the hello baseline — on the local servers (eng/infra.sh), with databases of the bench's own.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private const string IdentityDatabase = "bench_identity";
    private readonly List<BenchProcess> processes = [];
    private readonly HttpClient probe = new();

    private readonly Dictionary<string, ServiceDatabase> databases = [];
    private readonly Dictionary<string, Uri> services = [];

    private BenchPlatform(string logs, MeasuredService measured) => (Logs, Measured) = (logs, measured);

    public string Logs { get; }

    public MeasuredService Measured { get; }

    /// <summary>The services started: those the measured one calls (and those they call) first, the measured one last.</summary>
    public IReadOnlyList<MeasuredService> Services => [.. WithCallees(Measured).DistinctBy(service => service.Name)];

    /// <summary>The measured service's database.</summary>
    public ServiceDatabase Database => databases[Measured.Name];

    /// <summary>Each started service's database, by its name.</summary>
    public IReadOnlyDictionary<string, ServiceDatabase> Databases => databases;

    public Uri Hello { get; private set; } = null!;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The measured service, directly.</summary>
    public Uri Service => services[Measured.Name];

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
        var (hello, identity, gateway, web) = (FreePort(), FreePort(), FreePort(), FreePort());
        var platform = new BenchPlatform(logs, measured);
        var ports = platform.Services.ToDictionary(service => service.Name, _ => FreePort());
        string Address(string service) => $"http://127.0.0.1:{ports[service]}";
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
        var environments = new Dictionary<string, Dictionary<string, string>>();
        foreach (var service in platform.Services)
        {
            var serviceDll = Dll(service.Project, service.Assembly);
            var database = new ServiceDatabase(server, $"bench_{service.Name}",
                arguments => BenchProcess.RunAsync(serviceDll, environments[service.Name], logs, arguments));
            environments[service.Name] = With(shared, ports[service.Name],
            [
                ($"ConnectionStrings__{service.Name}db", database.ConnectionString),
                .. service.Calls.Select(callee => ($"services__{callee.Name}__http__0", Address(callee.Name))),
                .. service.Settings.Select(setting => (setting.Key, setting.Value)),
            ]);
            platform.databases[service.Name] = database;
        }

        await BenchServer.RecreateAsync(server, IdentityDatabase);
        await BenchProcess.RunAsync(Dll("src/Services/Identity", "Identity"), identityEnvironment, logs, "migrate");
        foreach (var service in platform.Services)
        {
            await service.PrepareAsync(platform.databases[service.Name]);
            // A kept database may predate the build's migrations.
            await platform.databases[service.Name].RunAsync("migrate");
        }

        platform.Hello = await platform.StartAsync(Dll("bench/Hello", "HelloBench"), With(shared, hello), hello);
        await platform.StartAsync(Dll("src/Services/Identity", "Identity"), identityEnvironment, identity);
        // Callees first: a service may ask the ones it calls as it starts.
        foreach (var service in platform.Services)
        {
            platform.services[service.Name] = await platform.StartAsync(Dll(service.Project, service.Assembly), environments[service.Name], ports[service.Name]);
        }

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
        [
            .. platform.Services.Select(service => ($"services__{service.Name}__http__0", Address(service.Name))),
            ("services__hello__http__0", $"http://127.0.0.1:{hello}"),
            ("services__web__http__0", withWeb ? $"http://127.0.0.1:{web}" : ""),
            // The per-client limit (200/s) protects the platform from one caller; here one caller is the load.
            ("Gateway__RateLimit__PermitsPerSecond", "1000000"),
            ("Gateway__RateLimit__Burst", "1000000"),
        ]), gateway);
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

    /// <summary>A fresh access token of a partner's API client (client credentials), got through the gateway (tokens live 5 minutes).</summary>
    public async Task<string> ClientTokenAsync(string clientId, string secret)
    {
        using var response = await probe.PostAsync(new Uri(Gateway, "/api/identity/v1/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ClientToken>())!.AccessToken;
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

    private static IEnumerable<MeasuredService> WithCallees(MeasuredService service) => [.. service.Calls.SelectMany(WithCallees), service];

    private static Dictionary<string, string> With(Dictionary<string, string> shared, int port, params IEnumerable<(string Key, string Value)> more)
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

    private sealed record ClientToken([property: JsonPropertyName("access_token")] string AccessToken);
}
