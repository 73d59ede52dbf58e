using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Mail;

public static class MailRegistration
{
    /// <summary>
    /// An <see cref="IMailSender"/> for a service that sends mail. The relay is checked when the service starts, not in
    /// its migrate step, which sends nothing.
    /// </summary>
    public static IHostApplicationBuilder AddMailSender(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (configuration.GetConnectionString("smtp") is { Length: > 0 } relay)
                {
                    options.Relay = new Uri(relay);
                }
            })
            .ValidateDataAnnotations()
            .Validate(options => options.Relay is null || options.Relay.Scheme is "smtp" or "smtps", "ConnectionStrings:smtp must be an smtp:// or smtps:// address.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource("MailKit.Net.SmtpClient"));
        return builder;
    }
}
