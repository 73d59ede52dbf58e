namespace Platform.AppHost.Hosting;

/// <summary>Something the AppHost declares and brings up: infrastructure, a database or a project.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    /// <summary>What the resource table shows: postgres, redis, rabbitmq, database or project.</summary>
    public abstract string Kind { get; }

    public ResourceState State { get; internal set; } = ResourceState.NotStarted;
}

/// <summary>A resource that others reach through <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
public abstract class ResourceWithConnectionString(string name) : Resource(name)
{
    /// <summary>Known once the resource has started (or was given); null before.</summary>
    public abstract string? ConnectionString { get; }
}

public enum ResourceState
{
    NotStarted,
    Starting,
    Running,

    /// <summary>Stopped, or ended on its own; the AppHost does not restart it.</summary>
    Exited,
    Failed,

    /// <summary>Runs outside the AppHost (a given connection string, or already running): used, never stopped.</summary>
    External,
}
