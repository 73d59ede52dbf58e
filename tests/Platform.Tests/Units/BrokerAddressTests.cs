using MassTransit.RabbitMqTransport.Configuration;
using MassTransit.Transports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests.Units;

public sealed class BrokerAddressTests
{
    [Fact]
    public void An_amqp_uri_gives_host_port_virtual_host_and_credentials() =>
        Assert.Equal(
            new BrokerAddress("127.0.0.1", 55672, "test one", "platform", "p@ss", UseTls: false),
            BrokerAddress.Parse("amqp://platform:p%40ss@127.0.0.1:55672/test%20one"));

    [Fact]
    public void Without_a_path_the_virtual_host_is_the_root() =>
        Assert.Equal("/", BrokerAddress.Parse("amqp://u:p@rabbit/").VirtualHost);

    [Theory]
    [InlineData("amqp://u:p@rabbit/", 5672, false)]
    [InlineData("amqps://u:p@rabbit/", 5671, true)]
    [InlineData("amqps://u:p@rabbit:25671/", 25671, true)]
    public void An_amqps_uri_means_TLS_on_5671_unless_it_names_a_port(string uri, int port, bool tls)
    {
        var broker = BrokerAddress.Parse(uri);

        Assert.Equal((port, tls), (broker.Port, broker.UseTls));
    }

    [Fact]
    public void The_bus_reaches_an_amqps_broker_over_TLS_checking_the_brokers_host_name()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:messaging"] = "amqps://u:p@rabbit.example/";
        builder.AddMessaging();
        using var host = builder.Build();

        // Building the bus configures its host without connecting to it.
        var settings = ((IRabbitMqHostConfiguration)host.Services.GetRequiredService<IBusInstance>().HostConfiguration).Settings;

        Assert.Equal((true, "rabbit.example", 5671), (settings.Ssl, settings.SslServerName, settings.Port));
    }

    [Fact]
    public void A_non_amqp_uri_is_refused_with_the_setting_named() =>
        Assert.Contains("ConnectionStrings:messaging", Assert.Throws<InvalidOperationException>(() => BrokerAddress.Parse("http://rabbit/")).Message);
}
