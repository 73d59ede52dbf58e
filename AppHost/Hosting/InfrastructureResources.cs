namespace Platform.AppHost.Hosting;

/// <summary>
/// A server the platform needs, started with <c>eng/infra.sh start &lt;service&gt;</c> unless the AppHost is given a
/// connection string for it (its environment's <c>ConnectionStrings__&lt;name&gt;</c>, or
/// <see cref="PlatformAppBuilder.WithConnectionString"/>), in which case that server is used as it is.
/// </summary>
public abstract class InfrastructureResource(string name, string kind, string connectionKey)
    : ResourceWithConnectionString(name)
{
    private string? connectionString;

    public override string Kind => kind;

    public override string? ConnectionString => connectionString;

    /// <summary>The service name eng/infra.sh takes (postgres, redis, rabbitmq).</summary>
    internal string ScriptService => kind;

    /// <summary>The <c>ConnectionStrings__</c> key under which <c>eng/infra.sh env</c> prints this server's.</summary>
    internal string ScriptConnectionKey => connectionKey;

    internal void Use(string serverConnectionString) => connectionString = serverConnectionString;
}

public sealed class PostgresServerResource(string name, PlatformAppBuilder builder)
    : InfrastructureResource(name, "postgres", connectionKey: "postgres")
{
    /// <summary>
    /// A database on this server, referenced as <paramref name="name"/>; <paramref name="databaseName"/> lets two
    /// test classes give the same resource name databases of their own.
    /// </summary>
    public PostgresDatabaseResource AddDatabase(string name, string? databaseName = null) =>
        builder.Add(new PostgresDatabaseResource(name, databaseName ?? name, this));
}

public sealed class RedisResource(string name) : InfrastructureResource(name, "redis", connectionKey: "cache");

public sealed class RabbitMQServerResource(string name)
    : InfrastructureResource(name, "rabbitmq", connectionKey: "messaging");

/// <summary>
/// One service's database. It exists once its service's migrate step has run: EF Core's Migrate creates it,
/// so the AppHost needs no PostgreSQL client of its own.
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : ResourceWithConnectionString(name)
{
    public override string Kind => "database";

    public string DatabaseName => databaseName;

    public PostgresServerResource Server => server;

    public override string? ConnectionString => server.ConnectionString is { } serverConnection
        ? $"{serverConnection.TrimEnd(';')};Database={databaseName}"
        : null;
}
