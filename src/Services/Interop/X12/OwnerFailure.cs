using System.Text.Json;

namespace Platform.Interop.X12;

public static class OwnerFailure
{
    /// <summary>
    /// The owner service could not answer: unreachable, failing (EnsureSuccessStatusCode), slow, its answer unreadable
    /// or the resilience pipeline's circuit open — anything but the caller going away. X12 says so in its answer
    /// (AAA 42, STC E1) instead of a 500.
    /// </summary>
    public static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or JsonException or TimeoutException
        || exception is OperationCanceledException && !cancellationToken.IsCancellationRequested
        || exception.GetType().Namespace?.StartsWith("Polly", StringComparison.Ordinal) == true;
}
