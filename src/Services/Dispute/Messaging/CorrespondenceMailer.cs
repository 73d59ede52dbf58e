using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Disputes;
using Platform.Dispute.Correspondence;
using Platform.Dispute.Data;
using Platform.ServiceDefaults.Mail;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>
/// DSP-06/08: emails a dispute's letter through the relay and records when the relay took it. A relay that is down
/// fails the message, which is retried and, after the retries, parked; the letter is on the Correspondence tab
/// either way. Sent at least once: a crash after the relay took the message sends it again, with the same Message-Id.
/// </summary>
public sealed class CorrespondenceMailer(DisputeDbContext db, TimeProvider time, IMailSender mail, IOptions<MailOptions> options)
    : IdempotentConsumer<DisputeDbContext, DisputeCorrespondenceCreated>(db, time)
{
    protected override async Task ApplyAsync(DisputeCorrespondenceCreated message, CancellationToken cancellationToken)
    {
        var letter = await Db.Correspondence.SingleAsync(c => c.Id == message.CorrespondenceId, cancellationToken);
        if (letter.EmailedAt is not null || letter.Recipients.Count == 0)
        {
            return;
        }

        await mail.SendAsync(DisputeLetters.Email(letter, message.DisputeNumber, options.Value), cancellationToken);
        letter.EmailedAt = Time.GetUtcNow();
    }
}
