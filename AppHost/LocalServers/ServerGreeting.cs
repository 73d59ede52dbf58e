using System.Net.Sockets;
using System.Text;

namespace Platform.AppHost.LocalServers;

/// <summary>
/// A few bytes of a server's own protocol and the start of its answer. Health means this exchange succeeded on the
/// resource's endpoint: an open port alone could be DCP's proxy, or another program, answering for a server that is down.
/// </summary>
public sealed record ServerGreeting(byte[] Hello, Func<byte[], int, bool> IsAnswer)
{
    /// <summary>SSLRequest: a PostgreSQL server answers one byte, 'S' or 'N'.</summary>
    public static readonly ServerGreeting Postgres = new([0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F], (reply, length) => length >= 1 && reply[0] is (byte)'S' or (byte)'N');

    public static readonly ServerGreeting Redis = new(Encoding.ASCII.GetBytes("PING\r\n"), (reply, length) => Encoding.ASCII.GetString(reply, 0, length).StartsWith("+PONG", StringComparison.Ordinal));

    /// <summary>The AMQP 0-9-1 protocol header: the broker answers with a method frame (type 1), connection.start.</summary>
    public static readonly ServerGreeting RabbitMQ = new("AMQP\0\0\u0009\u0001"u8.ToArray(), (reply, length) => length >= 1 && reply[0] == 1);

    /// <summary>An SMTP server speaks first: its greeting, reply code 220.</summary>
    public static readonly ServerGreeting Smtp = new([], (reply, length) => Encoding.ASCII.GetString(reply, 0, length).StartsWith("220", StringComparison.Ordinal));

    public async Task<bool> IsAnsweredAtAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Hello, timeout.Token);
            var reply = new byte[64];
            var length = await stream.ReadAsync(reply, timeout.Token);
            return IsAnswer(reply, length);
        }
        catch (Exception failure) when (failure is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
