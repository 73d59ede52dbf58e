using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// One service in process against the real local servers, with a fresh database (migrated as the service's
/// migrate step does) and virtual host per test class.
/// </summary>
public abstract class ServiceFixture<TProgram, TContext>(string database) : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
    where TContext : DbContext
{
    private TestDatabase? db;
    private TestVirtualHost? broker;
    private ServerAddresses? servers;

    /// <summary>What the local SMTP sink has received: the mail the service sent.</summary>
    public SinkMailbox Mailbox => new((servers ?? throw new InvalidOperationException("The fixture is not initialized.")).Maildir);

    public TestDatabase Database => db ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The amqp:// address of this class's virtual host.</summary>
    public string BrokerUri => broker?.Uri ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>The /health status that means started: Healthy, unless a fixture takes a dependency away on purpose.</summary>
    protected virtual string ReadyStatus => "Healthy";

    public virtual async ValueTask InitializeAsync()
    {
        servers = await LocalServers.EnsureStartedAsync();
        db = await TestDatabase.MigrateAsync<TContext>(database);
        broker = await TestVirtualHost.CreateAsync();
        // Ready means the bus has declared its queues: an event published before that has nowhere to go.
        using var probe = CreateClient();
        await Eventually.TrueAsync(async () =>
        {
            using var health = await probe.GetAsync("/health");
            return (await health.Content.ReadAsStringAsync()).Contains($"\"status\":\"{ReadyStatus}\"");
        });
    }

    public HttpClient ClientWith(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A scope of the running service, to read its database the way it does.</summary>
    public async Task<T> QueryAsync<T>(Func<TContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{database}", Database.ConnectionString);
        builder.UseSetting("ConnectionStrings:cache", servers!.Cache);
        builder.UseSetting("ConnectionStrings:messaging", broker!.Uri);
        builder.UseSetting("ConnectionStrings:smtp", servers.Smtp);
        // Trust this run's test key (TestTokens) in place of the identity service's JWKS.
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(
            JwtBearerDefaults.AuthenticationScheme, jwt => jwt.TokenValidationParameters.IssuerSigningKey = TestTokens.Key));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (broker is not null)
        {
            await broker.DisposeAsync();
        }

        if (db is not null)
        {
            await db.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
