namespace Platform.ServiceDefaults.Outbox;

/// <summary>An integration event saved in the same transaction as the state change it announces.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }

    /// <summary>Becomes the broker message id, so a re-sent event is recognised by consumers' inboxes.</summary>
    public Guid MessageId { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// The W3C trace context of the request that saved the event, so its publication and every consumer's work join
    /// that request's trace (gateway → service → RabbitMQ → consumer) though the relay sends it later.
    /// </summary>
    public string? TraceParent { get; set; }
}

/// <summary>A message a consumer has applied, recorded in the same transaction as its effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
