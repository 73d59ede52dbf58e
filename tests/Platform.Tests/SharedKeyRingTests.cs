using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults;
using Platform.Testing;
using Platform.Web.Session;
using StackExchange.Redis;
using Xunit;

namespace Platform.Tests;

/// <summary>Two web instances share one key ring in Redis, so either reads what the other protected (cookies, sessions).</summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task What_one_web_instance_protects_another_instance_built_separately_unprotects()
    {
        var servers = await LocalServers.EnsureStartedAsync();
        using var first = WebInstance(servers.Cache);
        using var second = WebInstance(servers.Cache);

        var payload = Protector(first).Protect("a session");

        Assert.Equal("a session", Protector(second).Unprotect(payload));
        // The key that protected it is in Redis, not only in a folder both instances happen to share on this machine.
        var keyId = new Guid(WebEncoders.Base64UrlDecode(payload).AsSpan(4, 16));
        var ring = await first.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().ListRangeAsync(SharedKeyRing.Key);
        Assert.Contains(ring, key => key.ToString().Contains($"id=\"{keyId}\""));
    }

    /// <summary>An instance installed in a folder of its own: the default application name is that folder.</summary>
    private static IHost WebInstance(string cache)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.CreateTempSubdirectory("web-instance").FullName,
        });
        builder.Configuration["ConnectionStrings:cache"] = cache;
        builder.AddRedisCache();
        builder.AddSharedKeyRing();
        return builder.Build();
    }

    private static IDataProtector Protector(IHost instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Platform.Tests");
}
