using MassTransit;
using Platform.Contracts.Eligibility;
using Platform.Eligibility.Members;

namespace Platform.Eligibility.Messaging;

/// <summary>
/// ELG-08: the durable half of the member cache's invalidation. The writer invalidates right after its commit, but
/// may not reach Redis then; this event, published through the outbox in the same commit, invalidates again and
/// throws while Redis is away, so MassTransit retries. No inbox: invalidating twice costs one cache miss.
/// </summary>
public sealed class MemberEligibilityChangedConsumer(MemberCache cache) : IConsumer<MemberEligibilityChanged>
{
    public async Task Consume(ConsumeContext<MemberEligibilityChanged> context)
    {
        if (!await cache.InvalidateAsync([context.Message.Cin], context.CancellationToken))
        {
            throw new InvalidOperationException($"The member cache could not be invalidated for {context.Message.Cin}; retrying.");
        }
    }
}
