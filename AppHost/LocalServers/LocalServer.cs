namespace Platform.AppHost.LocalServers;

/// <summary>One kind of server eng/infra.sh can run: its local port, how clients connect, and how it proves it is up.</summary>
public sealed record LocalServer(
    string Kind,
    int Port,
    string PortVariable,
    Func<EndpointReferenceExpression, EndpointReferenceExpression, ReferenceExpression> ConnectionString,
    ServerGreeting Greeting,
    IReadOnlyList<(string Endpoint, string PortVariable)> ExtraPorts)
{
    // The password of the local servers only (README); eng/infra.sh creates them with it.
    private const string LocalPassword = "platform";

    public static readonly LocalServer Postgres = new(
        "postgres", 55432, "PLATFORM_PG_PORT",
        (host, port) => ReferenceExpression.Create($"Host={host};Port={port};Username=postgres;Password={LocalPassword}"),
        ServerGreeting.Postgres, []);

    public static readonly LocalServer Redis = new(
        "redis", 56379, "PLATFORM_REDIS_PORT",
        (host, port) => ReferenceExpression.Create($"{host}:{port}"),
        ServerGreeting.Redis, []);

    /// <summary>Erlang's port mapper and the node's distribution port get ports of their own from DCP.</summary>
    public static readonly LocalServer RabbitMQ = new(
        "rabbitmq", 55672, "PLATFORM_RABBITMQ_PORT",
        (host, port) => ReferenceExpression.Create($"amqp://platform:{LocalPassword}@{host}:{port}/"),
        ServerGreeting.RabbitMQ, [("epmd", "PLATFORM_RABBITMQ_EPMD_PORT"), ("distribution", "PLATFORM_RABBITMQ_DIST_PORT")]);

    /// <summary>The SMTP sink (aiosmtpd) that stands in for the plan's mail relay: it files every message in a Maildir.</summary>
    public static readonly LocalServer Smtp = new(
        "smtp", 52525, "PLATFORM_SMTP_PORT",
        (host, port) => ReferenceExpression.Create($"smtp://{host}:{port}"),
        ServerGreeting.Smtp, []);
}
