namespace Platform.AppHost.Hosting;

/// <summary>
/// Brings up PostgreSQL, Redis or RabbitMQ with the repository's <c>eng/infra.sh</c>, or uses the server a
/// connection string names. Stops only what it started: a server that was already running stays running.
/// </summary>
internal sealed class InfrastructureRunner(InfrastructureResource resource, PlatformContext context)
{
    private const int StatusRunning = 0; // eng/infra.sh status: 0 running, 3 not

    private readonly string script = Path.Combine(context.RepoRoot, "eng", "infra.sh");
    private bool startedHere;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (context.GivenConnectionStrings.TryGetValue(resource.Name, out var given))
        {
            resource.Use(given);
            resource.State = ResourceState.External;
            context.Log.Info($"{resource.Name}: using the server of the given connection string");
            return;
        }

        if (!File.Exists(script))
        {
            throw Failed($"no ConnectionStrings__{resource.Name} was given and {script} does not exist");
        }

        resource.State = ResourceState.Starting;
        if (await RunScriptAsync("status", cancellationToken) == StatusRunning)
        {
            resource.State = ResourceState.External;
            context.Log.Info($"{resource.Name}: already running; it will be left running");
        }
        else
        {
            // Set before starting: a start that fails half-way may leave something behind for stop to clean up.
            startedHere = true;
            if (await RunScriptAsync("start", cancellationToken) is not 0 and var exitCode)
            {
                throw Failed($"eng/infra.sh start {resource.ScriptService} exited with code {exitCode}");
            }

            resource.State = ResourceState.Running;
        }

        resource.Use(await ReadConnectionStringAsync(cancellationToken));
    }

    public async Task StopAsync()
    {
        if (resource.State is ResourceState.Starting or ResourceState.Running)
        {
            resource.State = ResourceState.Exited;
        }

        if (!startedHere)
        {
            return;
        }

        startedHere = false;
        context.Log.Info($"stopping {resource.Name}");
        if (await RunScriptAsync("stop", CancellationToken.None) is not 0 and var exitCode)
        {
            context.Log.Info(
                $"eng/infra.sh stop {resource.ScriptService} exited with code {exitCode}: {resource.Name} may still run");
        }
    }

    private Task<int> RunScriptAsync(string command, CancellationToken cancellationToken) =>
        RunScriptAsync(
            [command, resource.ScriptService], line => context.Log.Write(resource.Name, line), cancellationToken);

    private async Task<int> RunScriptAsync(string[] arguments, Action<string> onLine, CancellationToken cancellationToken)
    {
        var run = ChildProcess.Start("bash", [script, .. arguments], context.RepoRoot, environment: null, onLine);
        try
        {
            return await run.Exited.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await run.StopAsync(TimeSpan.FromSeconds(5));
            throw;
        }
    }

    /// <summary>Reads this server's line of <c>eng/infra.sh env</c>, which is not logged: it holds a password.</summary>
    private async Task<string> ReadConnectionStringAsync(CancellationToken cancellationToken)
    {
        var prefix = $"ConnectionStrings__{resource.ScriptConnectionKey}=";
        var lines = new List<string>();
        var exitCode = await RunScriptAsync(["env"], line => { lock (lines) { lines.Add(line); } }, cancellationToken);
        var found = lines.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal));
        return exitCode == 0 && found is not null
            ? found[prefix.Length..]
            : throw Failed($"eng/infra.sh env (exit code {exitCode}) printed no {prefix}... line");
    }

    private ResourceFailedException Failed(string reason)
    {
        resource.State = ResourceState.Failed;
        return new ResourceFailedException(resource.Name, reason, context.Log.Tail(resource.Name));
    }
}
