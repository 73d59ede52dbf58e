namespace Platform.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class: services in two classes would otherwise share queues
/// and take each other's messages.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly InfraScript infra;

    private TestVirtualHost(InfraScript infra, string name, string uri)
    {
        this.infra = infra;
        Name = name;
        Uri = uri;
    }

    public string Name { get; }

    /// <summary>The amqp:// connection string for ConnectionStrings__messaging.</summary>
    public string Uri { get; }

    public static async Task<TestVirtualHost> CreateAsync(InfraScript? infra = null, string? brokerUri = null)
    {
        infra ??= InfraScript.Default;
        brokerUri ??= (await LocalServers.EnsureStartedAsync()).Messaging;
        var name = $"test-{Guid.NewGuid():N}"[..13];
        await infra.RunAsync("rabbitmqctl", "add_vhost", name);
        var user = new Uri(brokerUri).UserInfo.Split(':')[0];
        await infra.RunAsync("rabbitmqctl", "set_permissions", "-p", name, user, ".*", ".*", ".*");
        return new TestVirtualHost(infra, name, new UriBuilder(brokerUri) { Path = name }.Uri.ToString());
    }

    public async ValueTask DisposeAsync() => await infra.RunAsync("rabbitmqctl", "delete_vhost", Name);
}
