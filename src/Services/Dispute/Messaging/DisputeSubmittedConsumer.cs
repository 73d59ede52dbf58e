using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disputes;
using Platform.Dispute.Correspondence;
using Platform.Dispute.Data;
using Platform.Dispute.Disputes;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>
/// DSP-06: an electronic dispute is acknowledged on receipt, by the plan or for the network it was routed to; the
/// acknowledgment is announced (DisputeAcknowledged) and its letter, to the submitter's contact and the office's LOA,
/// handed on to be emailed. Taken from the bus, not done inside the submission, so a crash between the two loses neither:
/// the submission is saved, and the event waits in the outbox. The letter is written with the acknowledgment, in its
/// transaction, rather than by a consumer of DisputeAcknowledged: one hop fewer to the email (bench/dispute-ack.sh),
/// and no acknowledgment without its letter.
/// </summary>
public sealed class DisputeSubmittedConsumer(DisputeDbContext db, TimeProvider time)
    : IdempotentConsumer<DisputeDbContext, DisputeSubmitted>(db, time)
{
    /// <summary>Who acknowledged, in the dispute's history: the service itself, on receipt.</summary>
    public const string OnReceipt = "plan (on receipt)";

    protected override async Task ApplyAsync(DisputeSubmitted message, CancellationToken cancellationToken)
    {
        var dispute = await Db.Disputes.SingleAsync(d => d.Id == message.DisputeId, cancellationToken);
        if (!dispute.CanMoveTo(DisputeStatus.Acknowledged))
        {
            // Withdrawn before the message came: nothing to acknowledge.
            return;
        }

        var now = Time.GetUtcNow();
        dispute.Acknowledge(now, OnReceipt);
        Db.AddIntegrationEvent(new DisputeAcknowledged(dispute.Id, dispute.DisputeNumber, dispute.ClaimNumber, dispute.HealthNetwork, now, dispute.DecideBy), now);
        // The LOA identity last announced; an office whose announcement has not arrived yet is written to through the contact alone.
        var loa = dispute.SubmitterOffice is { } office ? await Db.OfficeAdministrators.FindAsync([office], cancellationToken) : null;
        var letter = DisputeLetters.Acknowledgment(dispute, loa, now, OnReceipt);
        Db.Correspondence.Add(letter);
        Db.AddIntegrationEvent(new DisputeCorrespondenceCreated(letter.Id, dispute.Id, dispute.DisputeNumber, letter.Kind.ToString(), now), now);
    }
}
