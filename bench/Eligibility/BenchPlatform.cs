using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Platform.EligibilityBench;

/// <summary>
/// Identity, eligibility and the gateway from their Release builds, as the AppHost runs them, plus the hello
/// baseline — on the local servers (eng/infra.sh), with databases of the bench's own. The eligibility database is
/// kept between runs (loading a million members takes minutes) and reloaded only when its size differs.
/// </summary>
public sealed class BenchPlatform : IAsyncDisposable
{
    private const string IdentityDatabase = "bench_identity";
    private const string EligibilityDatabase = "bench_eligibility";
    private readonly List<BenchProcess> processes = [];
    private readonly HttpClient probe = new();

    private BenchPlatform(string logs) => Logs = logs;

    public string Logs { get; }

    public Uri Hello { get; private set; } = null!;

    public Uri Gateway { get; private set; } = null!;

    public Uri Eligibility { get; private set; } = null!;

    public required string EligibilityConnection { get; init; }

    public static async Task<BenchPlatform> StartAsync(string repo, int members)
    {
        var server = Required("ConnectionStrings__postgres");
        var logs = Directory.CreateTempSubdirectory("eligibility-bench-").FullName;
        var platform = new BenchPlatform(logs) { EligibilityConnection = Database(server, EligibilityDatabase) };
        string Dll(string project, string name) => Path.Combine(repo, project, "bin/Release/net10.0", $"{name}.dll");
        var (hello, identity, eligibility, gateway) = (FreePort(), FreePort(), FreePort(), FreePort());
        var shared = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // A log line per request would be measured too.
            ["Logging__LogLevel__Default"] = "Warning",
            ["ConnectionStrings__cache"] = Required("ConnectionStrings__cache"),
            ["ConnectionStrings__messaging"] = Required("ConnectionStrings__messaging"),
            ["services__identity__http__0"] = $"http://127.0.0.1:{identity}",
        };
        var identityEnvironment = With(shared, identity,
            ("ConnectionStrings__identitydb", Database(server, IdentityDatabase)),
            ("Identity__SeedDemoData", "true"),
            ("Identity__KeyEncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        var eligibilityEnvironment = With(shared, eligibility, ("ConnectionStrings__eligibilitydb", platform.EligibilityConnection));

        await RecreateAsync(server, IdentityDatabase);
        await BenchProcess.RunAsync(Dll("src/Services/Identity", "Identity"), identityEnvironment, logs, "migrate");
        await platform.PrepareEligibilityAsync(server, Dll("src/Services/Eligibility", "Eligibility"), eligibilityEnvironment, members);

        platform.Hello = await platform.StartAsync(Dll("bench/Hello", "HelloBench"), With(shared, hello), hello);
        await platform.StartAsync(Dll("src/Services/Identity", "Identity"), identityEnvironment, identity);
        platform.Eligibility = await platform.StartAsync(Dll("src/Services/Eligibility", "Eligibility"), eligibilityEnvironment, eligibility);
        platform.Gateway = await platform.StartAsync(Dll("src/Gateway", "Gateway"), With(shared, gateway,
            ("services__eligibility__http__0", $"http://127.0.0.1:{eligibility}"),
            ("services__hello__http__0", $"http://127.0.0.1:{hello}"),
            // The per-client limit (200/s) protects the platform from one caller; here one caller is the load.
            ("Gateway__RateLimit__PermitsPerSecond", "1000000"),
            ("Gateway__RateLimit__Burst", "1000000")), gateway);
        return platform;
    }

    /// <summary>A fresh access token of the demo plan-staff user, signed in through the gateway (tokens live 5 minutes).</summary>
    public async Task<string> SignInAsync()
    {
        using var response = await probe.PostAsJsonAsync(new Uri(Gateway, "/api/identity/v1/sessions"),
            new { email = "planstaff@plan.example", password = "Demo-Portal-Pass-2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Session>())!.AccessToken;
    }

    /// <summary>CINs spread over the whole population, in random order.</summary>
    public async Task<IReadOnlyList<string>> SampleCinsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(BenchOwn(EligibilityConnection));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Cin" FROM members ORDER BY random() LIMIT $1""", connection);
        command.Parameters.AddWithValue(count);
        var cins = new List<string>(count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cins.Add(reader.GetString(0));
        }

        return cins;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        probe.Dispose();
    }

    private async Task PrepareEligibilityAsync(string server, string dll, Dictionary<string, string> environment, int members)
    {
        if (await CountMembersAsync() != members)
        {
            await RecreateAsync(server, EligibilityDatabase);
            await BenchProcess.RunAsync(dll, environment, Logs, "migrate");
            await BenchProcess.RunAsync(dll, environment, Logs, "seed-population", $"{members}");
            // The load's pages are written now, not by a spread-out checkpoint during the measurements.
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await new NpgsqlCommand("CHECKPOINT", connection).ExecuteNonQueryAsync();
        }

        await BenchProcess.RunAsync(dll, environment, Logs, "migrate");
    }

    private async Task<long> CountMembersAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(BenchOwn(EligibilityConnection));
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM members", connection);
            return (long)(await count.ExecuteScalarAsync())!;
        }
        catch (PostgresException)
        {
            return -1;
        }
    }

    private async Task<Uri> StartAsync(string dll, Dictionary<string, string> environment, int port)
    {
        var process = BenchProcess.Start(dll, environment, Logs);
        processes.Add(process);
        var address = new Uri($"http://127.0.0.1:{port}");
        await process.WaitHealthyAsync(probe, address);
        return address;
    }

    private static async Task RecreateAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
        await new NpgsqlCommand($"CREATE DATABASE {database}", connection).ExecuteNonQueryAsync();
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

    /// <summary>The bench's own queries, unpooled: a pooled connection would not survive the database being recreated.</summary>
    private static string BenchOwn(string connection) => new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString;

    private static string Database(string server, string database) => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"Set {name} (bench/eligibility.sh does, from eng/infra.sh env).");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Session(string AccessToken);
}
