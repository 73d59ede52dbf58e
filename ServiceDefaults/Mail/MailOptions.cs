using System.ComponentModel.DataAnnotations;

namespace Platform.ServiceDefaults.Mail;

/// <summary>The relay (ConnectionStrings:smtp) and what the platform's mail says about itself (Mail:*).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>smtp://[user:password@]host[:port] (STARTTLS when the relay offers it) or smtps://… (TLS from the start).</summary>
    [Required(ErrorMessage = "ConnectionStrings:smtp is not configured (environment variable ConnectionStrings__smtp).")]
    public Uri? Relay { get; set; }

    /// <summary>The sender every message names.</summary>
    [Required]
    public string From { get; set; } = "Provider Dispute Resolution <pdr@provider-portal.local>";

    /// <summary>The portal's public address, for the links a message carries instead of the details themselves.</summary>
    [Required]
    public Uri PortalAddress { get; set; } = new("http://127.0.0.1:5080/");

    /// <summary>How long one connect-and-send may take before it counts as failed (and the message's consumer retries).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
