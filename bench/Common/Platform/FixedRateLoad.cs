using System.Diagnostics;
using System.Net.Http.Headers;

namespace Platform.Bench;

/// <summary>Latency at a steady rate, in ms; <see cref="ScheduleLagP99Ms"/> shows whether the generator itself kept the schedule.</summary>
public sealed record RateResult(double AchievedPerSecond, double P50Ms, double P99Ms, double P999Ms, double MaxMs, int Failures, double ScheduleLagP99Ms);

/// <summary>
/// An open-loop load: request i is sent at start + i/rate whether or not earlier ones have answered (wrk waits
/// for each answer, hides a stall, and has no rate; hey and bombardier repeat one URL, which a cache would flatter).
/// Latency runs from the moment a request is handed to the client, so time queued for a connection counts.
/// </summary>
public static class FixedRateLoad
{
    public static async Task<RateResult> RunAsync(Uri server, IReadOnlyList<string> paths, string? bearerToken, int rate, int seconds)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, UseProxy = false, MaxConnectionsPerServer = 512 };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        var total = rate * seconds;
        var latencies = new double[total];
        var lags = new double[total];
        var failures = 0;
        var random = new Random(20261123);
        var requests = new Task[total];
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * interval);
            if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) is { TotalMilliseconds: >= 1 } wait)
            {
                // Timers tick in about a millisecond: the requests due meanwhile leave together on waking.
                await Task.Delay(wait);
            }

            lags[i] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            // Enough paths for every request: each is asked once (no answer cached by an earlier one), else at random.
            requests[i] = SendAsync(i, paths[paths.Count >= total ? i : random.Next(paths.Count)]);
        }

        await Task.WhenAll(requests);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        Array.Sort(lags);
        return new RateResult(total / elapsed, At(latencies, 0.50), At(latencies, 0.99), At(latencies, 0.999), latencies[^1], failures, At(lags, 0.99));

        async Task SendAsync(int index, string path)
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(path);
                await response.Content.LoadIntoBufferAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Refused, or no answer within the client's 30 s: a failure, and the run goes on.
                Interlocked.Increment(ref failures);
            }

            latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
        }
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
}
