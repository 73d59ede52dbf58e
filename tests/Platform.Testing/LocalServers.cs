namespace Platform.Testing;

/// <summary>
/// Connection strings of the local PostgreSQL, Redis, RabbitMQ and SMTP servers (eng/infra.sh env), and the folder where
/// the SMTP sink files what it receives.
/// </summary>
public sealed record ServerAddresses(string Postgres, string Cache, string Messaging, string Smtp, string Maildir)
{
    public static ServerAddresses Parse(string envOutput)
    {
        var values = envOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        return new ServerAddresses(
            values["ConnectionStrings__postgres"], values["ConnectionStrings__cache"], values["ConnectionStrings__messaging"],
            values["ConnectionStrings__smtp"], values["PLATFORM_SMTP_MAILDIR"]);
    }
}

/// <summary>
/// Makes sure the local servers run, starting them once per test run through eng/infra.sh (idempotent, so
/// servers already up — a developer's, or the previous run's — are reused; they are left running after).
/// </summary>
public static class LocalServers
{
    private static readonly Lazy<Task<ServerAddresses>> Started = new(StartAsync);

    public static Task<ServerAddresses> EnsureStartedAsync() => Started.Value;

    private static async Task<ServerAddresses> StartAsync()
    {
        await InfraScript.Default.RunAsync("start");
        return ServerAddresses.Parse(await InfraScript.Default.RunAsync("env"));
    }
}
