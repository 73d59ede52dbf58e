using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disputes;
using Platform.Dispute.Correspondence;
using Platform.Dispute.Data;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>
/// DSP-06: an acknowledged dispute gets its acknowledgment letter, to the submitter's contact and the office's LOA, and
/// the letter is handed on to be emailed. The LOA is the one identity last announced; an office whose announcement has
/// not arrived yet is written to through the dispute's contact alone.
/// </summary>
public sealed class DisputeAcknowledgedConsumer(DisputeDbContext db, TimeProvider time)
    : IdempotentConsumer<DisputeDbContext, DisputeAcknowledged>(db, time)
{
    protected override async Task ApplyAsync(DisputeAcknowledged message, CancellationToken cancellationToken)
    {
        if (await Db.Correspondence.AnyAsync(c => c.DisputeId == message.DisputeId && c.Kind == CorrespondenceKind.Acknowledgment, cancellationToken))
        {
            return;
        }

        var dispute = await Db.Disputes.AsNoTracking().SingleAsync(d => d.Id == message.DisputeId, cancellationToken);
        var loa = dispute.SubmitterOffice is { } office ? await Db.OfficeAdministrators.FindAsync([office], cancellationToken) : null;
        var now = Time.GetUtcNow();
        var letter = DisputeLetters.Acknowledgment(dispute, loa, message.AcknowledgedAt, DisputeSubmittedConsumer.OnReceipt);
        Db.Correspondence.Add(letter);
        Db.AddIntegrationEvent(new DisputeCorrespondenceCreated(letter.Id, dispute.Id, dispute.DisputeNumber, letter.Kind.ToString(), now), now);
    }
}
