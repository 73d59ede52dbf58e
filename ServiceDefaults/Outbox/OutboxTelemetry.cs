using System.Diagnostics;

namespace Platform.ServiceDefaults.Outbox;

/// <summary>Spans of the relay's publications, each a child of the request that saved its event.</summary>
public static class OutboxTelemetry
{
    public const string SourceName = "Platform.Outbox";

    internal static readonly ActivitySource Source = new(SourceName);
}
