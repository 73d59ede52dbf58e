namespace Platform.AppHost.LocalServers;

/// <summary>
/// PostgreSQL, Redis or RabbitMQ from the machine's own binaries, run in the foreground by <c>eng/infra.sh run &lt;kind&gt;</c>
/// as an Aspire executable: no container engine runs on this project's machines, and as an executable the server is in
/// the dashboard with its console log, state and health. Clients reach it through its "tcp" endpoint.
/// </summary>
public sealed class LocalServerResource(string name, LocalServer server, string repoRoot)
    : ExecutableResource(name, "bash", repoRoot), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? endpoint;

    public LocalServer Server => server;

    public EndpointReference Endpoint => endpoint ??= new EndpointReference(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => server.ConnectionString(
        Endpoint.Property(EndpointProperty.Host), Endpoint.Property(EndpointProperty.Port));
}
