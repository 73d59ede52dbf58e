using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Bench;

/// <summary>Latency at a steady rate, in ms; <see cref="ScheduleLagP99Ms"/> shows whether the generator itself kept the schedule.</summary>
public sealed record RateResult(double AchievedPerSecond, double P50Ms, double P99Ms, double P999Ms, double MaxMs, int Failures, double ScheduleLagP99Ms);

/// <summary>One request of a load: a GET of the path, or, with a body, a POST of it as <paramref name="ContentType"/>.</summary>
public sealed record BenchRequest(string Path, string? Body = null, string? ContentType = null)
{
    public HttpRequestMessage ToMessage() => Body is null
        ? new HttpRequestMessage(HttpMethod.Get, Path)
        : new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(Body, Encoding.UTF8, ContentType ?? "application/json") };
}

/// <summary>
/// An open-loop load: request i is sent at start + i/rate whether or not earlier ones have answered (wrk waits
/// for each answer, hides a stall, and has no rate; hey and bombardier repeat one URL, which a cache would flatter).
/// Latency runs from the moment a request is handed to the client, so time queued for a connection counts.
/// </summary>
public static class FixedRateLoad
{
    public static Task<RateResult> RunAsync(Uri server, IReadOnlyList<string> paths, string? bearerToken, int rate, int seconds) =>
        RunAsync(server, [.. paths.Select(path => new BenchRequest(path))], bearerToken, rate, seconds);

    public static async Task<RateResult> RunAsync(Uri server, IReadOnlyList<BenchRequest> requests, string? bearerToken, int rate, int seconds)
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
        var sending = new Task[total];
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
            // Enough requests for every one sent: each is sent once (no answer cached by an earlier one), else at random.
            sending[i] = SendAsync(i, requests[requests.Count >= total ? i : random.Next(requests.Count)]);
        }

        await Task.WhenAll(sending);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        Array.Sort(lags);
        return new RateResult(total / elapsed, At(latencies, 0.50), At(latencies, 0.99), At(latencies, 0.999), latencies[^1], failures, At(lags, 0.99));

        async Task SendAsync(int index, BenchRequest request)
        {
            using var message = request.ToMessage();
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(message);
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
