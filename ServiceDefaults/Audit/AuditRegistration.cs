using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// ACC-05: IAuditTrail for the endpoint handlers, writing into this context's outbox (AddServiceDatabase);
    /// the outbox relay carries the entries to the identity service's plan-wide trail.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        var service = builder.ServiceName();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditWriter<TContext>>();
        builder.Services.AddSingleton<IAuditQueue>(services => services.GetRequiredService<AuditWriter<TContext>>());
        builder.Services.AddHostedService(services => services.GetRequiredService<AuditWriter<TContext>>());
        builder.Services.AddSingleton<IAuditTrail>(services => new AuditTrail(
            services.GetRequiredService<IHttpContextAccessor>(),
            services.GetRequiredService<IAuditQueue>(),
            services.GetRequiredService<TimeProvider>(),
            service));
        return builder;
    }
}
