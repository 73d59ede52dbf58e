using System.Data.Common;
using System.Text;

namespace Platform.AppHost.Hosting;

/// <summary>
/// The summary printed once start-up is over (or has failed), standing in for Aspire's dashboard. Connection
/// targets are reduced to host, port and database: a password never reaches the console.
/// </summary>
internal static class ResourceTable
{
    public static string Format(IReadOnlyList<Resource> resources, string footer)
    {
        string[] header = ["RESOURCE", "KIND", "STATE", "TARGET"];
        var rows = resources.Select(r => new[] { r.Name, r.Kind, r.State.ToString(), Target(r) })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();

        var table = new StringBuilder().AppendLine();
        foreach (var row in rows)
        {
            table.AppendLine(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }

        return table.AppendLine().AppendLine(footer).ToString();
    }

    private static string Target(Resource resource) => resource switch
    {
        ProjectResource project => project.BaseAddress,
        PostgresServerResource { ConnectionString: { } server } => PostgresTarget(server),
        PostgresDatabaseResource { ConnectionString: { } database } => PostgresTarget(database),
        RedisResource { ConnectionString: { } redis } => redis.Split(',')[0], // "host:port,password=...,ssl=..."
        RabbitMQServerResource { ConnectionString: { } amqp } => AmqpTarget(amqp),
        _ => "", // not started
    };

    private static string PostgresTarget(string connectionString)
    {
        var settings = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string Setting(string key, string fallback) =>
            settings.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text ? text : fallback;

        return $"{Setting("Host", Setting("Server", "localhost"))}:{Setting("Port", "5432")}/{Setting("Database", "")}";
    }

    private static string AmqpTarget(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            ? $"{parsed.Scheme}://{parsed.Authority}{parsed.AbsolutePath}"
            : "(not a URI)";
}
