using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Outbox;

namespace Platform.ServiceDefaults;

public static class Data
{
    public const string MigrateCommand = "migrate";

    /// <summary>The service's own PostgreSQL database, from ConnectionStrings__&lt;name&gt;, with a readiness check.</summary>
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
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName);
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

        var started = Stopwatch.GetTimestamp();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync();
        if (afterMigrate is not null)
        {
            await afterMigrate(scope.ServiceProvider, CancellationToken.None);
        }

        app.Logger.LogInformation("Migrated {Database} in {Elapsed:F0} ms", db.Database.GetDbConnection().Database,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

/// <summary>
/// An operator's one-shot task run by the service's own binary (`dotnet Eligibility.dll apply-enrollment feed.jsonl`),
/// with the service's configuration and database; it gets the arguments after its name and returns the exit code.
/// </summary>
public sealed record ServiceCommand(string Name, Func<IServiceProvider, string[], CancellationToken, Task<int>> RunAsync);

public sealed class DatabaseHealthCheck<TContext>(TContext db) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database is not reachable.");
}
