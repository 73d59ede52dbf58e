using Platform.ServiceDefaults;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Testing;

/// <summary>Looks at RabbitMQ queues directly, each time on a fresh connection (the broker may have restarted).</summary>
public static class BrokerQueues
{
    /// <summary>Messages waiting in the queue; 0 for a queue not declared yet (MassTransit makes _error queues on first fault).</summary>
    public static async Task<int> CountAsync(string brokerUri, string queue)
    {
        try
        {
            return (int)await WithChannelAsync(brokerUri, channel => channel.MessageCountAsync(queue));
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    /// <summary>A durable queue of the test's own, emptied and bound to an event's exchange: it keeps every copy published.</summary>
    public static Task BindAuditQueueAsync(string brokerUri, string queue, string exchange) => WithChannelAsync(brokerUri, async channel =>
    {
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueuePurgeAsync(queue);
        await channel.QueueBindAsync(queue, exchange, "");
        return 0u;
    });

    private static async Task<T> WithChannelAsync<T>(string brokerUri, Func<IChannel, Task<T>> use)
    {
        var address = BrokerAddress.Parse(brokerUri);
        var factory = new ConnectionFactory
        {
            HostName = address.Host,
            Port = address.Port,
            VirtualHost = address.VirtualHost,
            UserName = address.Username,
            Password = address.Password,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await use(channel);
    }
}
