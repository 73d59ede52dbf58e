namespace Platform.AppHost.Hosting;

/// <summary>
/// A .NET project of the repository, run from its build output. It starts after everything it references is up,
/// and receives Aspire's configuration contract as environment variables.
/// </summary>
public sealed class ProjectResource(string name, string projectPath, int? port) : Resource(name)
{
    private readonly List<Resource> references = [];
    private readonly HashSet<Resource> notAwaited = [];
    private readonly Dictionary<string, string> environment = [];

    public override string Kind => "project";

    /// <summary>The .csproj, relative to the repository root (or absolute).</summary>
    public string ProjectPath => projectPath;

    /// <summary>The fixed local port, or null (or 0) for one the operating system picks when the app is built.</summary>
    public int? Port => port;

    /// <summary>Where it listens; assigned by <see cref="PlatformAppBuilder.Build"/> and kept across restarts.</summary>
    public Uri? Endpoint { get; internal set; }

    public bool RunsMigrateStep { get; private set; }

    public IReadOnlyList<Resource> References => references;

    /// <summary>The references that must be up before this project starts.</summary>
    public IEnumerable<Resource> WaitsFor => references.Where(reference => !notAwaited.Contains(reference));

    public IReadOnlyDictionary<string, string> Environment => environment;

    /// <summary>As Aspire writes it in <c>services__*</c> and <c>ASPNETCORE_URLS</c>: no trailing slash.</summary>
    internal string BaseAddress => Endpoint?.GetLeftPart(UriPartial.Authority)
        ?? throw new InvalidOperationException($"{Name} has no endpoint before the app is built.");

    /// <summary>Passes <c>ConnectionStrings__&lt;name&gt;</c> and waits for the resource to be up.</summary>
    public ProjectResource WithReference(ResourceWithConnectionString resource) => Reference(resource);

    /// <summary>
    /// Passes <c>services__&lt;name&gt;__http__0</c> and, unless <paramref name="waitFor"/> is false (Aspire's
    /// WithReference without WaitFor), waits for the project to be healthy.
    /// </summary>
    public ProjectResource WithReference(ProjectResource project, bool waitFor = true)
    {
        if (!waitFor)
        {
            notAwaited.Add(project);
        }

        return Reference(project);
    }

    /// <summary>Sets an environment variable, overriding the contract's value of the same name.</summary>
    public ProjectResource WithEnvironment(string name, string value)
    {
        environment[name] = value;
        return this;
    }

    /// <summary>
    /// Runs <c>dotnet &lt;project&gt;.dll migrate</c> with the same environment before the project starts (the
    /// aspire-samples DbManager pattern); a non-zero exit fails the start.
    /// </summary>
    public ProjectResource WithMigrateStep()
    {
        RunsMigrateStep = true;
        return this;
    }

    private ProjectResource Reference(Resource resource)
    {
        references.Add(resource);
        return this;
    }
}
