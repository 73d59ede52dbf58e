using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.ServiceDefaults;

public static class PlatformService
{
    /// <summary>
    /// What every domain service is made of: the defaults, its own database with an outbox relay, the Redis cache,
    /// the RabbitMQ bus with the given consumers, and the PHI audit trail (ACC-05).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformService<TContext>(
        this IHostApplicationBuilder builder,
        string database,
        Action<IBusRegistrationConfigurator>? consumers = null) where TContext : DbContext
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<TContext>(database);
        builder.AddRedisCache();
        builder.AddMessaging(consumers);
        builder.AddOutboxRelay<TContext>();
        builder.AddAuditTrail<TContext>();
        return builder;
    }

    /// <summary>
    /// The defaults' middleware and endpoints, then the input guard. Services only: the gateway passes bodies on
    /// unread, and the service behind it guards them.
    /// </summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        app.UseInputGuard();
        return app;
    }
}
