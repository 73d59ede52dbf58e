using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults;

public static class Messaging
{
    /// <summary>
    /// MassTransit on RabbitMQ from ConnectionStrings__messaging (amqp[s]://user:pass@host:port/vhost). Queues are
    /// prefixed with the service name, so two services consuming one event each get their own copy; failed
    /// messages are retried with backoff and then moved to the queue's _error queue, never dropped.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings:messaging is not configured (environment variable ConnectionStrings__messaging)."));
        var service = builder.Environment.ApplicationName.ToLowerInvariant();
        var retry = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would otherwise report usage to its vendor over the internet.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(service, includeNamespace: false));
            consumers?.Invoke(bus);
            bus.AddReceiveEndpointObserver(services => services.GetRequiredService<ReceiveEndpointWatchdog>());
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    if (broker.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = broker.Host);
                    }
                });
                rabbit.UseMessageRetry(policy => policy.Exponential(
                    retry.RetryLimit, retry.RetryMinInterval, retry.RetryMaxInterval, retry.RetryMinInterval));
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Registered after MassTransit's hosted service, so it stops first and never restarts an endpoint of a stopping bus.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ReceiveEndpointWatchdog>(services, broker));
        builder.Services.AddHostedService(services => services.GetRequiredService<ReceiveEndpointWatchdog>());
        return builder;
    }
}

/// <summary>Redelivery of a failing message (configuration section "Messaging") before it is parked in _error.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Where the broker is; amqps:// means TLS, on 5671 unless the URI names a port.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseTls)
{
    public static BrokerAddress Parse(string connectionString)
    {
        var uri = new Uri(connectionString);
        if (uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException($"ConnectionStrings:messaging must be an amqp:// or amqps:// URI, not '{uri.Scheme}://'.");
        }

        var useTls = uri.Scheme == "amqps";
        var credentials = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new BrokerAddress(
            uri.Host,
            (ushort)(uri.IsDefaultPort ? (useTls ? 5671 : 5672) : uri.Port),
            virtualHost.Length == 0 ? "/" : virtualHost,
            Uri.UnescapeDataString(credentials[0] is { Length: > 0 } user ? user : "guest"),
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest",
            useTls);
    }
}
