using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Platform.ServiceDefaults.Mail;

/// <summary>Sends one message through the platform's SMTP relay.</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// MailKit, one connection per message: mail goes out a message at a time from consumers that retry, and a pooled
/// connection would need its own liveness checks for little gain at these volumes.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var relay = options.Value.Relay!;
        var tls = relay.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var client = new SmtpClient();
        await client.ConnectAsync(relay.Host, relay.IsDefaultPort ? 25 : relay.Port, tls, timeout.Token);
        if (relay.UserInfo.Split(':', 2) is [{ Length: > 0 } user, var password])
        {
            await client.AuthenticateAsync(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password), timeout.Token);
        }

        await client.SendAsync(message, timeout.Token);
        await client.DisconnectAsync(quit: true, timeout.Token);
    }
}
