using MassTransit;
using Microsoft.AspNetCore.SignalR;
using Platform.Contracts.Referrals;

namespace Platform.Web.Live;

/// <summary>
/// Feeds <see cref="ReferralHub"/> from the referral service's events: the plan's reviewers, and the offices of the
/// requesting and referred-to providers, hear of the change. Every web instance has its own temporary queue, so each
/// pushes to the browsers connected to it; a push missed while a browser reconnects is made up by its page reading again.
/// </summary>
public sealed class ReferralStatusPush(IHubContext<ReferralHub> hub) : IConsumer<ReferralStatusChanged>
{
    public Task Consume(ConsumeContext<ReferralStatusChanged> context)
    {
        var change = context.Message;
        string[] groups = [ReferralWatch.PlanGroup, ReferralWatch.ProviderGroup(change.RequestingNpi), ReferralWatch.ProviderGroup(change.ServicingNpi)];
        return hub.Clients.Groups(groups).SendAsync(ReferralHub.Changed, change.ReferralNumber, change.Status, context.CancellationToken);
    }
}
