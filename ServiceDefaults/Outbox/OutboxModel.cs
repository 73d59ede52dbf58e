using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Outbox;

public static class OutboxModel
{
    public static ModelBuilder AddOutbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageId).HasColumnName("message_id");
            outbox.Property(m => m.Type).HasColumnName("type").HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.SentAt).HasColumnName("sent_at");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(100);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            // The relay scans only what is still to send.
            outbox.HasIndex(m => m.Sequence).HasDatabaseName("ix_outbox_messages_unsent").HasFilter("sent_at IS NULL");
        });
        return model;
    }

    public static ModelBuilder AddInbox(this ModelBuilder model)
    {
        model.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
        });
        return model;
    }

    /// <summary>Queues an integration event; it is committed with whatever else this SaveChanges writes.</summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent, DateTimeOffset occurredAt) where TEvent : class =>
        db.Set<OutboxMessage>().Add(Message(integrationEvent, occurredAt));

    /// <summary>The same row as <see cref="AddIntegrationEvent"/>, for a writer that inserts without a DbContext.</summary>
    internal const string InsertSql = "INSERT INTO outbox_messages (message_id, type, payload, occurred_at) VALUES ($1, $2, $3::jsonb, $4)";

    internal static OutboxMessage Message<TEvent>(TEvent integrationEvent, DateTimeOffset occurredAt) where TEvent : class => new()
    {
        MessageId = Guid.CreateVersion7(occurredAt),
        Type = TypeName(typeof(TEvent)),
        Payload = JsonSerializer.Serialize(integrationEvent, JsonSerializerOptions.Web),
        OccurredAt = occurredAt,
        TraceParent = Activity.Current?.Id,
    };

    /// <summary>Assembly-qualified without version, so a redeploy with a new contracts version still resolves it.</summary>
    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
