using System.Security.Cryptography;
using Platform.AppHost.LocalServers;

namespace Platform.AppHost;

/// <summary>
/// The platform's resources and how they reference each other: PostgreSQL with one database per service, Redis,
/// RabbitMQ, each domain service after its one-shot migrate step, the gateway in front of them and the web app behind it.
/// </summary>
public static class PlatformModel
{
    public const int GatewayPort = 5080;
    public const int WebPort = 5090;

    public static void AddPlatform(this IDistributedApplicationBuilder builder)
    {
        var settings = PlatformSettings.From(builder.Configuration);
        var data = settings.Data ?? Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".data", "infra"));
        var servers = new Servers(
            builder.AddServer("postgres", LocalServer.Postgres, data, settings.FixedPorts),
            builder.AddServer("cache", LocalServer.Redis, data, settings.FixedPorts),
            builder.AddServer("messaging", LocalServer.RabbitMQ, data, settings.FixedPorts),
            builder.AddServer("smtp", LocalServer.Smtp, data, settings.FixedPorts));

        var services = new List<DomainService>();
        void Add<TProject>(string name, int port) where TProject : IProjectMetadata, new()
        {
            if (settings.Declares(name))
            {
                services.Add(builder.AddDomainService<TProject>(name, port, servers, settings));
            }
        }

        Add<Projects.Identity>("identity", 5101);
        Add<Projects.Eligibility>("eligibility", 5102);
        Add<Projects.Referral>("referral", 5103);
        Add<Projects.Claims>("claims", 5104);
        Add<Projects.Dispute>("dispute", 5105);
        Add<Projects.Roster>("roster", 5106);
        Add<Projects.Reporting>("reporting", 5107);
        Add<Projects.Interop>("interop", 5108);

        if (services.Find(service => service.Name == "identity") is { } identity)
        {
            // The demo offices and users (README) exist only in this local/demo model. The key that seals the signing
            // keys is new each run, so earlier runs' keys are left unused and identity makes a fresh one.
            var keyEncryptionKey = builder.AddParameter(
                "identity-key-encryption-key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), secret: true);
            identity.WithEnvironment("Identity__SeedDemoData", "true");
            identity.WithEnvironment("Identity__KeyEncryptionKey", keyEncryptionKey);
            // Every other process validates tokens against identity's published keys, read on the first request: no
            // need to wait for identity before starting.
            foreach (var service in services.Where(service => service != identity))
            {
                service.Service.WithReference(identity.Service);
            }
        }

        // DSP-06/08: the dispute service mails its acknowledgments and letters; locally the sink files them in
        // .data/infra/smtp/maildir. The migrate step sends nothing.
        if (services.Find(service => service.Name == "dispute") is { } dispute)
        {
            dispute.Service.WithReference(servers.Smtp).WaitForServer(servers.Smtp);
        }

        if (services.Find(service => service.Name == "eligibility") is { } eligibility && settings.DemoPopulation > 0)
        {
            eligibility.Migrate.WithEnvironment("Eligibility__DemoPopulation", settings.DemoPopulation.ToString());
        }

        // Referral keeps copies of the demo's members and provider directory (REF-01's eligibility, REF-04's PCP, REF-06's tertiary flag).
        if (services.Find(service => service.Name == "referral") is { } referral && settings.DemoPopulation > 0)
        {
            referral.Migrate.WithEnvironment("Referral__DemoPopulation", settings.DemoPopulation.ToString());
        }

        // Reporting keeps copies of the demo's members and directory (the reports' scope and attribution, RPT-04's joining dates).
        if (services.Find(service => service.Name == "reporting") is { } reporting && settings.DemoPopulation > 0)
        {
            reporting.Migrate.WithEnvironment("Reporting__DemoPopulation", settings.DemoPopulation.ToString());
        }

        // Roster keeps copies of the demo's members (their MEDS IDs and MBIs for RST-03's filter) and provider directory (RST-02's search).
        if (services.Find(service => service.Name == "roster") is { } roster && settings.DemoPopulation > 0)
        {
            roster.Migrate.WithEnvironment("Roster__DemoPopulation", settings.DemoPopulation.ToString());
        }

        // The demo offices' claims, over the same demo population (its members' copies are written beside them).
        if (services.Find(service => service.Name == "claims") is { } claims && settings.DemoPopulation > 0 && settings.DemoClaimLines > 0)
        {
            claims.Migrate.WithEnvironment("Claims__DemoPopulation", settings.DemoPopulation.ToString())
                .WithEnvironment("Claims__DemoClaimLines", settings.DemoClaimLines.ToString());
        }

        // The partner APIs answer from the owners' own APIs, with the caller's token (ACC-01/06 and ACC-05 stay with the owners);
        // the bulk export reads its copy of the demo's members.
        if (services.Find(service => service.Name == "interop") is { } interop)
        {
            if (settings.DemoPopulation > 0)
            {
                interop.Migrate.WithEnvironment("Interop__DemoPopulation", settings.DemoPopulation.ToString());
            }

            foreach (var owner in services.Where(service => service.Name is "eligibility" or "claims" or "referral"))
            {
                interop.Service.WithReference(owner.Service);
            }
        }

        if (settings.Declares("gateway"))
        {
            builder.AddGateway(services, servers, settings);
        }
    }

    private static void AddGateway(this IDistributedApplicationBuilder builder, List<DomainService> services, Servers servers, PlatformSettings settings)
    {
        var gateway = builder.AddPlatformProject<Projects.Gateway>("gateway").WithPlatformEndpoint(GatewayPort, settings);
        foreach (var service in services)
        {
            gateway.WithReference(service.Service).WaitFor(service.Service);
        }

        if (settings.Declares("web"))
        {
            // The browser reaches the web app through the gateway at /, and the web app calls the platform only through
            // the gateway: each names the other, and only the gateway waits.
            var web = builder.AddPlatformProject<Projects.Web>("web").WithPlatformEndpoint(WebPort, settings)
                .WithReference(servers.Cache).WaitForServer(servers.Cache)
                // REF-13: referral status changes reach the pages live (SignalR), fed by the referral service's events.
                .WithReference(servers.Messaging).WaitForServer(servers.Messaging)
                .WithReference(gateway);
            gateway.WithReference(web).WaitFor(web);
        }
    }

    /// <summary>A domain service: its database, its migrate step (run to completion first), then the service itself.</summary>
    private static DomainService AddDomainService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int port, Servers servers, PlatformSettings settings)
        where TProject : IProjectMetadata, new()
    {
        var database = servers.Postgres.AddDatabase($"{name}db", $"{name}db{settings.DatabaseSuffix}");
        // The migrate step builds the whole service, whose start-up reads every connection string; it uses only the database.
        var migrate = builder.AddPlatformProject<TProject>($"{name}-migrate")
            .WithArgs("migrate")
            .WithReference(database).WithReference(servers.Cache).WithReference(servers.Messaging)
            .WaitForServer(servers.Postgres);
        database.MigratedBy(migrate);
        var service = builder.AddPlatformProject<TProject>(name)
            .WithPlatformEndpoint(port, settings)
            .WithReference(database).WithReference(servers.Cache).WithReference(servers.Messaging)
            .WaitForServer(servers.Cache).WaitForServer(servers.Messaging)
            .WaitForCompletion(migrate);
        return new DomainService(name, migrate, service);
    }

    /// <summary>
    /// The project's HTTP endpoint and its /health. Not behind DCP's proxy: a proxy keeps accepting connections for a
    /// process that has died, so the gateway would wait out its timeout instead of answering 503 at once.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithPlatformEndpoint(
        this IResourceBuilder<ProjectResource> project, int port, PlatformSettings settings) =>
        project.WithHttpEndpoint(port: settings.FixedPorts ? port : null, isProxied: false).WithHttpHealthCheck("/health");

    /// <summary>A project with no launch profile (its endpoints are declared here) and the platform's token settings.</summary>
    private static IResourceBuilder<ProjectResource> AddPlatformProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("Auth__Issuer", "platform-identity")
            .WithEnvironment("Auth__Audience", "platform");

    private sealed record Servers(
        IResourceBuilder<IResourceWithConnectionString> Postgres,
        IResourceBuilder<IResourceWithConnectionString> Cache,
        IResourceBuilder<IResourceWithConnectionString> Messaging,
        IResourceBuilder<IResourceWithConnectionString> Smtp);
}

/// <summary>A domain service's two resources: the one-shot migrate step and the running service.</summary>
public sealed record DomainService(string Name, IResourceBuilder<ProjectResource> Migrate, IResourceBuilder<ProjectResource> Service)
{
    /// <summary>Both run the same binary with the same settings.</summary>
    public void WithEnvironment(string variable, string value)
    {
        Migrate.WithEnvironment(variable, value);
        Service.WithEnvironment(variable, value);
    }

    public void WithEnvironment(string variable, IResourceBuilder<ParameterResource> parameter)
    {
        Migrate.WithEnvironment(variable, parameter);
        Service.WithEnvironment(variable, parameter);
    }
}
