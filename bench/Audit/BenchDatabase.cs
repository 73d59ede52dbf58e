using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;
using Platform.ServiceDefaults.Outbox;

namespace Platform.AuditBench;

/// <summary>The row both routes read by primary key: a member as the eligibility lookup returns one.</summary>
public sealed class Member
{
    public int Id { get; init; }

    public required string Cin { get; init; }

    public required string Name { get; init; }

    public DateOnly DateOfBirth { get; init; }
}

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.Cin).HasMaxLength(9);
        member.Property(m => m.Name).HasMaxLength(200);
    }
}

/// <summary>A service-shaped context: members plus the outbox every service has, where the audit trail writes.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Member> Members => Set<Member>();
}

/// <summary>A database of the bench's own on the local server, created and seeded at start, dropped at the end.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string server;

    private BenchDatabase(string server, string name)
    {
        this.server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string server, int members)
    {
        var database = new BenchDatabase(server, $"audit_bench_{Guid.NewGuid():N}"[..20]);
        await using var db = new BenchDbContext(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(database.ConnectionString).Options);
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO members ("Id", "Cin", "Name", "DateOfBirth")
            SELECT g, lpad(g::text, 8, '0') || 'A', 'Member ' || g, date '1950-01-01' + (g % 20000)
            FROM generate_series(1, {members}) AS g
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE members");
        return database;
    }

    /// <summary>Audit entries committed and the outbox rows (commits) that carried them.</summary>
    public async Task<(long Entries, long Rows)> AuditStatsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT coalesce(sum(jsonb_array_length(payload->'entries')), 0)::bigint, count(*) FROM outbox_messages", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
