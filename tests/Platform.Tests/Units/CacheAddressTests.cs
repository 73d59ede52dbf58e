using System.Net;
using Platform.ServiceDefaults;
using StackExchange.Redis;
using Xunit;

namespace Platform.Tests.Units;

public sealed class CacheAddressTests
{
    [Theory]
    [InlineData("rediss://cache.example.net", "cache.example.net:6380", true, null, null, null)]
    [InlineData("rediss://app:s%3Acret@cache.example.net:7000/2", "cache.example.net:7000", true, "app", "s:cret", 2)]
    [InlineData("redis://secret@127.0.0.1", "127.0.0.1:6379", false, null, "secret", null)]
    public void A_redis_URI_becomes_StackExchange_Redis_options_with_TLS_for_rediss(
        string uri, string endpoint, bool tls, string? user, string? password, int? database)
    {
        var options = ConfigurationOptions.Parse(CacheAddress.ToConfiguration(uri));

        Assert.Equal(endpoint, Assert.Single(options.EndPoints) switch
        {
            DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
            var other => other.ToString(),
        });
        Assert.Equal((tls, user, password, database), (options.Ssl, options.User, options.Password, options.DefaultDatabase));
        Assert.Equal(tls ? endpoint.Split(':')[0] : null, options.SslHost);
    }

    [Fact]
    public void StackExchange_Redis_own_form_passes_unchanged()
    {
        Assert.Equal("127.0.0.1:56379,ssl=true", CacheAddress.ToConfiguration("127.0.0.1:56379,ssl=true"));
    }
}
