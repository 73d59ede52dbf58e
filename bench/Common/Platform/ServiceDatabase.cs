using Npgsql;

namespace Platform.Bench;

/// <summary>
/// The measured service's database, kept between runs (loading millions of rows takes minutes): what a bench's
/// preparation needs to see whether it holds the data asked for, and to load it again when not.
/// </summary>
public sealed class ServiceDatabase(string server, string name, Func<string[], Task> runService)
{
    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    /// <summary>Runs one of the service's commands (migrate, a seed) to its end.</summary>
    public Task RunAsync(params string[] arguments) => runService(arguments);

    /// <summary>Rows in a table; -1 while the database or the table does not exist.</summary>
    public async Task<long> CountAsync(string table)
    {
        try
        {
            await using var connection = await OpenAsync();
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            return (long)(await count.ExecuteScalarAsync())!;
        }
        catch (PostgresException)
        {
            return -1;
        }
    }

    /// <summary>An empty database of that name, then the service's migrate step.</summary>
    public async Task RecreateAsync()
    {
        await BenchServer.RecreateAsync(server, name);
        await RunAsync("migrate");
    }

    /// <summary>The load's pages are written now, not by a spread-out checkpoint during the measurements.</summary>
    public async Task CheckpointAsync()
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await new NpgsqlCommand("CHECKPOINT", connection).ExecuteNonQueryAsync();
    }

    /// <summary>The first column of a query's rows, as text (a sample of ids to ask for, say).</summary>
    public async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>The bench's own queries, unpooled: a pooled connection would not survive the database being recreated.</summary>
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

internal static class BenchServer
{
    public static async Task RecreateAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
        await new NpgsqlCommand($"CREATE DATABASE {database}", connection).ExecuteNonQueryAsync();
    }
}
