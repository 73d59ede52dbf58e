using System.Security.Cryptography;
using Platform.AppHost.Hosting;

namespace Platform.AppHost;

/// <summary>
/// The platform's resources and their references, declared once for the local run (Program.cs) and for the
/// end-to-end tests, which start the same model on free ports with databases of their own.
/// </summary>
public static class LocalPlatform
{
    /// <summary>Resource name, project folder under src/Services, and local port of each domain service.</summary>
    public static readonly IReadOnlyList<(string Name, string Project, int Port)> Services =
    [
        ("identity", "Identity", 5101),
        ("eligibility", "Eligibility", 5102),
        ("referral", "Referral", 5103),
        ("claims", "Claims", 5104),
        ("dispute", "Dispute", 5105),
        ("roster", "Roster", 5106),
        ("reporting", "Reporting", 5107),
    ];

    public const int GatewayPort = 5080;

    public const int WebPort = 5090;

    /// <param name="builder">The application to declare into.</param>
    /// <param name="databaseName">Maps a database resource (claimsdb) to the database it uses; identity when null.</param>
    /// <param name="freePorts">Let the operating system pick every port (tests running beside a local run).</param>
    /// <param name="only">Declare only these services, and the gateway (and the web app behind it) only when named; all when null.</param>
    /// <returns>The declared projects by name.</returns>
    public static IReadOnlyDictionary<string, ProjectResource> Declare(
        PlatformAppBuilder builder,
        Func<string, string>? databaseName = null,
        bool freePorts = false,
        IReadOnlySet<string>? only = null)
    {
        var postgres = builder.AddPostgres("postgres");
        var cache = builder.AddRedis("cache");
        var messaging = builder.AddRabbitMQ("messaging");

        // Each domain service: its own database, migrated by its one-shot step before it starts; the broker and the cache.
        var services = Services
            .Where(service => only?.Contains(service.Name) ?? true)
            .Select(service => builder.AddProject(service.Name, $"src/Services/{service.Project}/{service.Project}.csproj", freePorts ? null : service.Port)
                .WithReference(postgres.AddDatabase($"{service.Name}db", databaseName?.Invoke($"{service.Name}db")))
                .WithReference(messaging)
                .WithReference(cache)
                .WithMigrateStep())
            .ToDictionary(project => project.Name);

        if (services.GetValueOrDefault("identity") is { } identity)
        {
            // The demo offices and users (README) exist only in this local/demo run. The key that seals the signing
            // keys is new each run, so earlier runs' keys are left unused and identity makes a fresh one.
            identity.WithEnvironment("Identity__SeedDemoData", "true")
                .WithEnvironment("Identity__KeyEncryptionKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            // Every other process validates tokens against identity's published keys (services__identity__http__0),
            // read on the first request: no need to wait for identity before starting.
            foreach (var service in services.Values.Where(service => service != identity))
            {
                service.WithReference(identity, waitFor: false);
            }
        }

        if (only?.Contains("gateway") ?? true)
        {
            var gateway = builder.AddProject("gateway", "src/Gateway/Gateway.csproj", freePorts ? null : GatewayPort);
            foreach (var service in services.Values)
            {
                gateway.WithReference(service);
            }

            services.Add(gateway.Name, gateway);
            if (only?.Contains("web") ?? true)
            {
                // The browser reaches the web app through the gateway at /, and the web app calls the platform only
                // through the gateway: each names the other, and only the gateway waits.
                var web = builder.AddProject("web", "src/Web/Web.csproj", freePorts ? null : WebPort)
                    .WithReference(cache)
                    .WithReference(gateway, waitFor: false);
                gateway.WithReference(web);
                services.Add(web.Name, web);
            }
        }

        return services;
    }
}
