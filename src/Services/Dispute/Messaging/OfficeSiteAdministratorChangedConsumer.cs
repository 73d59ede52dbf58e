using Platform.Contracts.Identity;
using Platform.Dispute.Data;
using Platform.Dispute.Offices;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Dispute.Messaging;

/// <summary>DSP-06: keeps each office's LOA, to copy them on the office's dispute acknowledgments.</summary>
public sealed class OfficeSiteAdministratorChangedConsumer(DisputeDbContext db, TimeProvider time)
    : IdempotentConsumer<DisputeDbContext, OfficeSiteAdministratorChanged>(db, time)
{
    protected override async Task ApplyAsync(OfficeSiteAdministratorChanged message, CancellationToken cancellationToken)
    {
        // Two changes of one office taken at once: the second insert fails on the key, and its retry finds the first.
        if (await Db.OfficeAdministrators.FindAsync([message.OfficeId], cancellationToken) is not { } known)
        {
            Db.OfficeAdministrators.Add(new OfficeAdministrator { OfficeId = message.OfficeId, Name = message.Name, Email = message.Email, ChangedAt = message.ChangedAt });
        }
        else if (known.ChangedAt < message.ChangedAt)
        {
            (known.Name, known.Email, known.ChangedAt) = (message.Name, message.Email, message.ChangedAt);
        }
    }
}
