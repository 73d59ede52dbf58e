using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Platform.AppHost.Hosting;

/// <summary>Declares the resources of a <see cref="PlatformApp"/>, as Aspire's application builder does.</summary>
public sealed class PlatformAppBuilder(string repoRoot)
{
    private readonly List<Resource> resources = [];
    private readonly Dictionary<string, string> givenConnectionStrings = [];
    private TextWriter? output;

    public string RepoRoot => repoRoot;

    public IReadOnlyList<Resource> Resources => resources;

    public PostgresServerResource AddPostgres(string name) => Add(new PostgresServerResource(name, this));

    public RedisResource AddRedis(string name) => Add(new RedisResource(name));

    public RabbitMQServerResource AddRabbitMQ(string name) => Add(new RabbitMQServerResource(name));

    /// <param name="projectPath">The .csproj, relative to the repository root.</param>
    /// <param name="port">The local HTTP port; null or 0 lets the operating system pick a free one.</param>
    public ProjectResource AddProject(string name, string projectPath, int? port = null) =>
        Add(new ProjectResource(name, projectPath, port));

    /// <summary>
    /// Uses an existing server for the infrastructure resource <paramref name="name"/> instead of starting one,
    /// as a <c>ConnectionStrings__&lt;name&gt;</c> variable in the AppHost's environment does.
    /// </summary>
    public PlatformAppBuilder WithConnectionString(string name, string connectionString)
    {
        givenConnectionStrings[name] = connectionString;
        return this;
    }

    /// <summary>Where resource logs and the resource table go instead of the console (a test's output, say).</summary>
    public PlatformAppBuilder WithOutput(TextWriter writer)
    {
        output = writer;
        return this;
    }

    public PlatformApp Build()
    {
        var infrastructure = resources.OfType<InfrastructureResource>().Select(server => server.Name).ToHashSet();
        if (givenConnectionStrings.Keys.FirstOrDefault(name => !infrastructure.Contains(name)) is { } unknown)
        {
            throw new InvalidOperationException(
                $"A connection string was given for '{unknown}', which is no declared infrastructure resource.");
        }

        foreach (var project in resources.OfType<ProjectResource>())
        {
            project.Endpoint = new Uri($"http://127.0.0.1:{(project.Port is > 0 and var port ? port : FreePort())}");
        }

        var writer = output ?? Console.Out;
        var colour = output is null && !Console.IsOutputRedirected
            && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var context = new PlatformContext(
            repoRoot,
            ProjectOutputFolder(),
            new ResourceLog(writer, LogSources().Max(source => source.Length), colour),
            GivenConnectionStrings());
        return new PlatformApp(context, [.. resources]);
    }

    internal T Add<T>(T resource) where T : Resource
    {
        if (resources.Any(existing => existing.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }

        resources.Add(resource);
        return resource;
    }

    private Dictionary<string, string> GivenConnectionStrings()
    {
        var given = new Dictionary<string, string>();
        foreach (var resource in resources.OfType<InfrastructureResource>())
        {
            var connectionString = givenConnectionStrings.GetValueOrDefault(resource.Name)
                ?? Environment.GetEnvironmentVariable($"ConnectionStrings__{resource.Name}");
            if (!string.IsNullOrEmpty(connectionString))
            {
                given[resource.Name] = connectionString;
            }
        }

        return given;
    }

    private IEnumerable<string> LogSources() =>
        resources.Select(r => r.Name)
            .Concat(resources.OfType<ProjectResource>()
                .Where(project => project.RunsMigrateStep)
                .Select(project => ResourceLog.MigrateSource(project.Name)))
            .Append(ResourceLog.AppHostSource);

    /// <summary>bin/&lt;Configuration&gt;/&lt;TargetFramework&gt;: as this assembly was built.</summary>
    private static string ProjectOutputFolder()
    {
        var assembly = typeof(PlatformAppBuilder).Assembly;
        var configuration = assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var targetFramework = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(metadata => metadata.Key == "TargetFramework").Value!;
        return Path.Combine("bin", configuration, targetFramework);
    }

    /// <summary>A port the operating system has just found free (another process may take it before we use it).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
