using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.AppHost.LocalServers;

public static class LocalServerExtensions
{
    /// <summary>
    /// The server named by <c>ConnectionStrings:&lt;name&gt;</c> when one is configured (the tests' servers, or any other),
    /// else one the AppHost runs itself from the machine's binaries, with its data under <paramref name="dataFolder"/>,
    /// reached at the server's documented local port or, without <paramref name="fixedPort"/>, at one DCP picks.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddServer(
        this IDistributedApplicationBuilder builder, string name, LocalServer server, string dataFolder, bool fixedPort)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(name)))
        {
            return builder.AddConnectionString(name);
        }

        var repoRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var resource = new LocalServerResource(name, server, repoRoot);
        var healthCheck = $"{name}-answers";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
            resource.Endpoint.IsAllocated
            && await server.Greeting.IsAnsweredAtAsync(resource.Endpoint.Host, resource.Endpoint.Port, cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{server.Kind} does not answer on its endpoint yet."));

        var added = builder.AddResource(resource)
            .WithArgs(Path.Combine("eng", "infra.sh"), "run", server.Kind)
            .WithEnvironment("PLATFORM_DATA", dataFolder)
            .WithEndpoint(port: fixedPort ? server.Port : null, name: LocalServerResource.EndpointName, scheme: "tcp", env: server.PortVariable)
            .WithHealthCheck(healthCheck);
        foreach (var (endpoint, variable) in server.ExtraPorts)
        {
            added.WithEndpoint(name: endpoint, scheme: "tcp", env: variable);
        }

        return added;
    }

    /// <summary>
    /// Waits for a server the AppHost runs itself to be healthy. A configured server is not a resource to wait for: it
    /// is up, or the service's own readiness says it is not.
    /// </summary>
    public static IResourceBuilder<T> WaitForServer<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResourceWithConnectionString> server)
        where T : IResourceWithWaitSupport =>
        server.Resource is LocalServerResource local ? builder.WaitFor(builder.ApplicationBuilder.CreateResourceBuilder(local)) : builder;
}
