using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Outbox;

public static class OutboxRegistration
{
    /// <summary>Starts the relay that publishes this context's outbox. Needs AddServiceDatabase and AddMessaging.</summary>
    public static IHostApplicationBuilder AddOutboxRelay<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        return builder;
    }
}
