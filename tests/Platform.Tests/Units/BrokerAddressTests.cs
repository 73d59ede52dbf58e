using Platform.ServiceDefaults;
using Xunit;

namespace Platform.Tests.Units;

public sealed class BrokerAddressTests
{
    [Fact]
    public void An_amqp_uri_gives_host_port_virtual_host_and_credentials() =>
        Assert.Equal(
            new BrokerAddress("127.0.0.1", 55672, "test one", "platform", "p@ss"),
            BrokerAddress.Parse("amqp://platform:p%40ss@127.0.0.1:55672/test%20one"));

    [Fact]
    public void Without_a_path_the_virtual_host_is_the_root() =>
        Assert.Equal("/", BrokerAddress.Parse("amqp://u:p@rabbit/").VirtualHost);

    [Fact]
    public void A_non_amqp_uri_is_refused_with_the_setting_named() =>
        Assert.Contains("ConnectionStrings:messaging", Assert.Throws<InvalidOperationException>(() => BrokerAddress.Parse("http://rabbit/")).Message);
}
