using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Data;
using Platform.ServiceDefaults;
using Platform.Testing;
using StackExchange.Redis;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// Issue 13: TLS is honoured when the connection strings ask for it — a rediss:// cache and PostgreSQL with
/// "SSL Mode=VerifyFull" — through the services' own wiring (ServiceDefaults), against real servers that speak TLS,
/// with certificates of a private authority made for the run. (amqps:// is proven in BrokerAddressTests and the
/// broker's own TLS test.) The Redis server listens for TLS only, so any answer came over TLS; PostgreSQL says per
/// connection whether it is encrypted (pg_stat_ssl).
/// </summary>
public sealed class TlsConnectionTests : IAsyncLifetime
{
    private const int RedisTlsPort = 25580;
    private readonly string folder = Path.Combine(InfraScript.RepoRoot, ".data", "tls-test");
    private InfraScript postgres = null!;
    private Process? redis;
    private string authority = "";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        authority = WriteCertificates(folder);
        postgres = new InfraScript(new Dictionary<string, string>
        {
            ["PLATFORM_DATA"] = Path.Combine(folder, "infra"), ["PLATFORM_PG_PORT"] = "25533", ["PLATFORM_PG_TLS_DIR"] = folder,
        });
        await postgres.RunAsync("start", "postgres");
        redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", "0", "--tls-port", $"{RedisTlsPort}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--tls-cert-file", Path.Combine(folder, "server.crt"), "--tls-key-file", Path.Combine(folder, "server.key"),
             "--tls-ca-cert-file", authority, "--tls-auth-clients", "no"]) { RedirectStandardOutput = true })!;
    }

    [Fact]
    public async Task A_rediss_cache_address_is_reached_over_TLS_with_the_certificate_checked()
    {
        await using var app = Host(new() { ["ConnectionStrings:cache"] = $"rediss://127.0.0.1:{RedisTlsPort}", ["Cache:TrustedCertificateAuthority"] = authority },
            builder => builder.AddRedisCache());
        var cache = app.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

        // The first handshake may still be under way when the host is built.
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                return await cache.StringSetAsync("tls-test", "over tls");
            }
            catch (RedisConnectionException)
            {
                return false;
            }
        });

        Assert.Equal("over tls", (string?)await cache.StringGetAsync("tls-test"));
    }

    [Fact]
    public async Task A_database_connection_string_with_ssl_mode_verify_full_is_encrypted()
    {
        var connectionString = $"Host=127.0.0.1;Port=25533;Username=postgres;Password=platform;Database=postgres;SSL Mode=VerifyFull;Root Certificate={authority}";
        await using var app = Host(new() { ["ConnectionStrings:identitydb"] = connectionString }, builder => builder.AddServiceDatabase<IdentityDbContext>("identitydb"));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();

        var encrypted = await db.Database.SqlQueryRaw<bool>("SELECT ssl AS \"Value\" FROM pg_stat_ssl WHERE pid = pg_backend_pid()").SingleAsync(TestContext.Current.CancellationToken);

        Assert.True(encrypted);
    }

    private static WebApplication Host(Dictionary<string, string?> settings, Action<WebApplicationBuilder> configure)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        configure(builder);
        return builder.Build();
    }

    /// <summary>An authority and a server certificate for 127.0.0.1 it signed, as PEM files; returns the authority's path.</summary>
    private static string WriteCertificates(string folder)
    {
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=Platform test authority", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var authority = authorityRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(6), RandomNumberGenerator.GetBytes(8));

        var authorityPath = Path.Combine(folder, "authority.crt");
        File.WriteAllText(authorityPath, authority.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "server.crt"), server.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
        return authorityPath;
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            redis.Kill();
            await redis.WaitForExitAsync();
            redis.Dispose();
        }

        await postgres.RunAsync("stop", "postgres");
    }
}
