using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.ServiceDefaults;

namespace Platform.Web.Live;

public static class LiveReferrals
{
    /// <summary>SignalR for the pages, and the bus that feeds it: a temporary queue of this instance's own.</summary>
    public static IHostApplicationBuilder AddLiveReferrals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<ReferralWatch>();
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<ReferralStatusPush>().Endpoint(endpoint =>
            {
                endpoint.InstanceId = $"-{Environment.MachineName.ToLowerInvariant()}-{Environment.ProcessId}";
                endpoint.Temporary = true;
            });
            // The pages serve without the broker, only not live: a broker outage degrades the web app, it does not take it down.
            bus.ConfigureHealthCheckOptions(options => options.MinimalFailureStatus = HealthStatus.Degraded);
        });
        return builder;
    }

    public static WebApplication MapLiveReferrals(this WebApplication app)
    {
        app.MapHub<ReferralHub>(ReferralHub.Path);
        return app;
    }
}
