using System.Globalization;
using MimeKit;
using Platform.Dispute.Offices;
using Platform.ServiceDefaults.Mail;

namespace Platform.Dispute.Correspondence;

/// <summary>
/// The words of the dispute's letters and of the emails that carry them. An email leaves our control (mail servers,
/// inboxes, backups), so it carries no member's details: the dispute number, dates and a link to the portal, where
/// the letter itself is read after signing in. Only the acknowledgment, which holds nothing else, is emailed whole.
/// </summary>
public static class DisputeLetters
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>DSP-06/07: received, acknowledged, who decides it and by when.</summary>
    public static DisputeCorrespondence Acknowledgment(Disputes.Dispute dispute, OfficeAdministrator? loa, DateTimeOffset at, string by)
    {
        var decider = dispute.HealthNetwork is { } network
            ? $"The claim's payment is the responsibility of health network {network}, to which the dispute was routed; it decides the dispute"
            : "The plan decides the dispute";
        var deadline = dispute.DecideBy is { } decideBy
            ? $" by {Day(decideBy)}, within 45 working days of receipt"
            : " within 45 working days of receipt";
        return new DisputeCorrespondence
        {
            DisputeId = dispute.Id,
            Kind = CorrespondenceKind.Acknowledgment,
            Subject = $"Provider dispute {dispute.DisputeNumber} acknowledged",
            Body = $"We received your provider dispute {dispute.DisputeNumber} on {Day(dispute.ReceivedOn)} and acknowledged it on " +
                   $"{Day(DateOnly.FromDateTime(at.UtcDateTime))}. {decider}{deadline}. Follow it, add attachments or withdraw it under " +
                   "Dispute Lookup in the provider portal.",
            Recipients = Recipients(dispute, loa),
            CreatedAt = at,
            CreatedBy = by,
        };
    }

    /// <summary>A reviewer's letter or information request, to the same people as the acknowledgment.</summary>
    public static DisputeCorrespondence FromReviewer(Disputes.Dispute dispute, OfficeAdministrator? loa, CorrespondenceKind kind, string subject, string body,
        DateTimeOffset at, string by) => new()
    {
        DisputeId = dispute.Id,
        Kind = kind,
        Subject = subject,
        Body = body,
        Recipients = Recipients(dispute, loa),
        CreatedAt = at,
        CreatedBy = by,
    };

    public static MimeMessage Email(DisputeCorrespondence letter, string disputeNumber, MailOptions options)
    {
        var link = new Uri(options.PortalAddress, $"disputes/{disputeNumber}");
        var (subject, text) = letter.Kind switch
        {
            CorrespondenceKind.Acknowledgment => (letter.Subject, letter.Body),
            CorrespondenceKind.InformationRequest => ($"Provider dispute {disputeNumber}: the plan requests information",
                $"The plan's reviewer asks for more information about provider dispute {disputeNumber}. Read the request on the dispute's Correspondence tab and add what is asked for as attachments."),
            _ => ($"Provider dispute {disputeNumber}: a new letter",
                $"There is a new letter about provider dispute {disputeNumber} on the dispute's Correspondence tab."),
        };
        var from = MailboxAddress.Parse(options.From);
        var message = new MimeMessage
        {
            Subject = subject,
            // The letter's own id: a message sent twice (a retry after the relay took it) is recognizably the same one.
            MessageId = $"{letter.Id:N}@{from.Domain}",
            Body = new TextPart("plain") { Text = $"{text}\n\n{link}\n\nThis mailbox is not monitored; please do not reply.\n" },
        };
        message.From.Add(from);
        message.To.AddRange(letter.Recipients.Select(MailboxAddress.Parse));
        return message;
    }

    private static List<string> Recipients(Disputes.Dispute dispute, OfficeAdministrator? loa) =>
        new[] { dispute.Contact.Email, loa?.Email }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Day(DateOnly day) => day.ToString("MM/dd/yyyy", Us);
}
