using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// Starts the relay that publishes this context's outbox, and the purge of what it has sent. Needs
    /// AddServiceDatabase and AddMessaging.
    /// </summary>
    public static IHostApplicationBuilder AddOutboxRelay<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddHostedService<OutboxPurge<TContext>>();
        return builder;
    }
}

/// <summary>The relay's pace and the sent rows' retention (configuration section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// How long the relay waits, once woken by a save, before reading: events saved meanwhile share its pass. It
    /// delays an integration event by as much, and saves a broker round trip per event under load.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a sent row is kept, to see what went out and when, before <see cref="OutboxPurge{TContext}"/> deletes it.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromHours(1);
}
