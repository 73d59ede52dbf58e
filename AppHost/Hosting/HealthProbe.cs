using System.Diagnostics;
using System.Net;

namespace Platform.AppHost.Hosting;

/// <summary>
/// Waits for a project to answer <c>GET /health</c> with 200: the moment Aspire's WaitFor lets dependents start.
/// </summary>
internal static class HealthProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // Loopback only: a proxy from the environment must not answer for a local service.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(2),
    };

    /// <returns>True once healthy; false if the process ended first or <see cref="Timeout"/> passed.</returns>
    public static async Task<bool> WaitUntilHealthyAsync(
        Uri endpoint, Task processEnded, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!processEnded.IsCompleted && waited.Elapsed < Timeout)
        {
            if (await AnswersOkAsync(new Uri(endpoint, "health"), cancellationToken))
            {
                return true;
            }

            await Task.Delay(Interval, cancellationToken);
        }

        return false;
    }

    private static async Task<bool> AnswersOkAsync(Uri health, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(health, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // listening, but too busy starting to answer within the request timeout
        }
    }
}
