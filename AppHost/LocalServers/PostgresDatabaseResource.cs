namespace Platform.AppHost.LocalServers;

/// <summary>
/// One service's database on the PostgreSQL server. Its migrate step creates and migrates it; the dashboard shows it
/// Running once that step has succeeded.
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, IResourceWithConnectionString server)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString
{
    public IResourceWithConnectionString Parent => server;

    public string DatabaseName => databaseName;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{server.ConnectionStringExpression};Database={databaseName}");
}

public static class PostgresDatabaseExtensions
{
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<IResourceWithConnectionString> server, string name, string databaseName) =>
        server.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, databaseName, server.Resource))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgreSQL database",
                State = KnownResourceStates.Waiting,
                Properties = [new("postgres.database", databaseName)],
            });

    /// <summary>The database's state follows its migrate step: Running once the step exits 0, failed otherwise.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> MigratedBy(
        this IResourceBuilder<PostgresDatabaseResource> database, IResourceBuilder<ProjectResource> migrate)
    {
        database.ApplicationBuilder.Eventing.Subscribe<BeforeStartEvent>((started, cancellationToken) =>
        {
            var notifications = started.Services.GetRequiredService<ResourceNotificationService>();
            _ = FollowAsync(notifications, database.Resource, migrate.Resource.Name, cancellationToken);
            return Task.CompletedTask;
        });
        return database;
    }

    private static async Task FollowAsync(
        ResourceNotificationService notifications, PostgresDatabaseResource database, string migrate, CancellationToken cancellationToken)
    {
        ResourceEvent finished;
        try
        {
            finished = await notifications.WaitForResourceAsync(
                migrate, update => KnownResourceStates.TerminalStates.Contains(update.Snapshot.State?.Text), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return; // the AppHost stopped first
        }

        var state = finished.Snapshot.ExitCode == 0
            ? new ResourceStateSnapshot(KnownResourceStates.Running, KnownResourceStateStyles.Success)
            : new ResourceStateSnapshot(KnownResourceStates.FailedToStart, KnownResourceStateStyles.Error);
        await notifications.PublishUpdateAsync(database, snapshot => snapshot with { State = state });
    }
}
