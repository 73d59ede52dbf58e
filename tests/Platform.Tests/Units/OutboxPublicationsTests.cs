using System.Text.Json;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults.Outbox;
using Xunit;

namespace Platform.Tests.Units;

/// <summary>ACC-05's audit rows travel as one AuditRecorded per relay pass; its message id must name exactly the rows it carries.</summary>
public sealed class OutboxPublicationsTests
{
    [Fact]
    public void ACC_05_an_audit_batch_regrouped_with_more_rows_gets_another_message_id_so_the_inbox_does_not_skip_the_new_rows()
    {
        var (first, second, third) = (Row(), Row(), Row());

        var alone = Assert.Single(OutboxPublications.Of([first]));
        var pair = Assert.Single(OutboxPublications.Of([first, second]));
        var pairAgain = Assert.Single(OutboxPublications.Of([first, second]));
        var regrouped = Assert.Single(OutboxPublications.Of([first, second, third]));

        Assert.Equal(first.MessageId, alone.MessageId);
        Assert.Equal(pair.MessageId, pairAgain.MessageId);
        Assert.Equal(3, new[] { alone.MessageId, pair.MessageId, regrouped.MessageId }.Distinct().Count());
    }

    private static OutboxMessage Row() => new()
    {
        MessageId = Guid.CreateVersion7(),
        Type = $"{typeof(AuditRecorded).FullName}, {typeof(AuditRecorded).Assembly.GetName().Name}",
        Payload = JsonSerializer.Serialize(new AuditRecorded([]), JsonSerializerOptions.Web),
    };
}
