using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Outbox;

namespace Platform.ServiceDefaults;

public static class Data
{
    public const string MigrateCommand = "migrate";

    /// <summary>
    /// The service's own PostgreSQL database, from ConnectionStrings__&lt;name&gt;, with Aspire's readiness check,
    /// telemetry and timeouts.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured (environment variable ConnectionStrings__{connectionName}).");
        builder.Services.AddSingleton<OutboxSignal>();
        // Options built once: as scoped (the default) they were rebuilt for every request's context, a tenth of a
        // cached lookup's CPU.
        builder.Services.AddDbContext<TContext>(
            (services, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(new OutboxSignalInterceptor(services.GetRequiredService<OutboxSignal>())),
            optionsLifetime: ServiceLifetime.Singleton);
        // No retrying execution strategy: the outbox relay, the inbox and identity open explicit transactions
        // (BeginTransactionAsync), which such a strategy refuses to run outside its own ExecuteAsync.
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableRetry = true);
        return builder;
    }

    /// <summary>
    /// Runs the service, or with the argument "migrate" applies its migrations and exits: the one-shot step the
    /// AppHost runs before starting the service (aspire-samples' DbManager pattern), so no API instance migrates.
    /// <paramref name="afterMigrate"/> runs in the same step, for data that must exist before the service serves.
    /// A <paramref name="commands"/> entry named by the first argument runs instead, once, and sets the exit code.
    /// </summary>
    public static async Task RunServiceAsync<TContext>(
        this WebApplication app,
        string[] args,
        Func<IServiceProvider, CancellationToken, Task>? afterMigrate = null,
        params ServiceCommand[] commands) where TContext : DbContext
    {
        if (args.Length > 0 && commands.FirstOrDefault(command => command.Name == args[0]) is { } chosen)
        {
            await using var commandScope = app.Services.CreateAsyncScope();
            Environment.ExitCode = await chosen.RunAsync(commandScope.ServiceProvider, args[1..], CancellationToken.None);
            return;
        }

        if (!args.Contains(MigrateCommand))
        {
            await app.RunAsync();
            return;
        }

        // The host does not start in this step: the tracer is built here, and disposing the app sends the last spans.
        await using (app)
        {
            app.Services.GetService<TracerProvider>();
            await MigrateAsync<TContext>(app, afterMigrate);
        }
    }

    /// <summary>Creates the database if needed, applies the migrations and runs <paramref name="afterMigrate"/>, in one span.</summary>
    private static async Task MigrateAsync<TContext>(WebApplication app, Func<IServiceProvider, CancellationToken, Task>? afterMigrate)
        where TContext : DbContext
    {
        using var source = new ActivitySource(app.Environment.ApplicationName);
        using var activity = source.StartActivity($"Migrating {typeof(TContext).Name}");
        var started = Stopwatch.GetTimestamp();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        try
        {
            await EnsureDatabaseAsync(db.Database.GetConnectionString()!);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                // Npgsql's provider reads the history table before creating it and logs that failure as an error
                // (npgsql/efcore.pg#3407); created first, a first run logs none.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
                await db.Database.MigrateAsync();
                if (afterMigrate is not null)
                {
                    await afterMigrate(scope.ServiceProvider, CancellationToken.None);
                }
            });
        }
        catch (Exception exception)
        {
            activity?.AddException(exception);
            activity?.SetStatus(ActivityStatusCode.Error);
            throw;
        }

        app.Logger.LogInformation("Migrated {Database} in {Elapsed:F0} ms", db.Database.GetDbConnection().Database,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// Creates the service's database through the server's maintenance database when it does not exist yet. EF Core
    /// would create it too, but only after failing to open it, which logs an error on every first run.
    /// </summary>
    private static async Task EnsureDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new InvalidOperationException("The connection string names no database.");
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync();
        }
        // Another instance's step created it meanwhile: 42P04, or a unique violation on pg_database when both raced.
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}

/// <summary>
/// An operator's one-shot task run by the service's own binary (`dotnet Eligibility.dll apply-enrollment feed.jsonl`),
/// with the service's configuration and database; it gets the arguments after its name and returns the exit code.
/// </summary>
public sealed record ServiceCommand(string Name, Func<IServiceProvider, string[], CancellationToken, Task<int>> RunAsync);
