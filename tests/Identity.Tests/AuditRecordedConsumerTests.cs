using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-05: the plan-wide trail keeps every entry a service sends, once.</summary>
public sealed class AuditRecordedConsumerTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task ACC_05_a_batch_delivered_twice_is_stored_once()
    {
        var batch = new AuditRecorded([AuditRecords.Read(), AuditRecords.Read()]);
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = service.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);

        await PublishAsync(batch, messageId);
        await Eventually.TrueAsync(() => Task.FromResult(consumed.Count == 1));
        await PublishAsync(batch, messageId);
        await Eventually.TrueAsync(() => Task.FromResult(consumed.Count == 2));

        var ids = batch.Entries.Select(e => e.Id).ToList();
        var (stored, inboxRows) = await service.QueryAsync(async db => (
            await db.AuditEntries.CountAsync(e => ids.Contains(e.Id)),
            await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
        Assert.Equal((2, 1), (stored, inboxRows));
    }

    [Fact]
    public async Task ACC_05_an_entry_already_stored_does_not_fail_the_batch_that_repeats_it()
    {
        var first = AuditRecords.Read();
        var second = AuditRecords.Read();

        await PublishAsync(new AuditRecorded([first]), Guid.NewGuid());
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Id == first.Id)));
        await PublishAsync(new AuditRecorded([first, second]), Guid.NewGuid());
        await Eventually.TrueAsync(() => service.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Id == second.Id)));

        Assert.Equal(1, await service.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Id == first.Id)));
        Assert.Equal(0, await BrokerQueues.CountAsync(service.BrokerUri, "identity-audit-recorded_error"));
    }

    private async Task PublishAsync(AuditRecorded message, Guid messageId) =>
        await service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
}
