using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Testing;

/// <summary>A database of its own for one test class, dropped afterwards, so test classes run in parallel.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A unique name; the database itself is created by whoever migrates it first.</summary>
    public static async Task<TestDatabase> NameAsync(string prefix)
    {
        var servers = await LocalServers.EnsureStartedAsync();
        return new TestDatabase(servers.Postgres, $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)]);
    }

    /// <summary>A database that something else creates (a migrate step), to be dropped afterwards.</summary>
    public static TestDatabase Named(string name, string serverConnectionString) => new(serverConnectionString, name);

    /// <summary>Creates the database and applies the service's migrations, as its migrate step does.</summary>
    public static async Task<TestDatabase> MigrateAsync<TContext>(string prefix) where TContext : DbContext
    {
        var database = await NameAsync(prefix);
        await using var db = database.CreateContext<TContext>();
        await db.Database.MigrateAsync();
        return database;
    }

    public TContext CreateContext<TContext>() where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql(ConnectionString).Options)!;

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
