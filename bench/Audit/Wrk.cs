using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.AuditBench;

public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms);

/// <summary>Runs wrk against one route with random member ids and reads its throughput and latency percentiles.</summary>
public static partial class Wrk
{
    public static async Task<LoadResult> RunAsync(Uri server, string routePrefix, int members, int connections, int seconds)
    {
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, $$"""
            math.randomseed(20261122)
            request = function() return wrk.format("GET", "{{routePrefix}}" .. math.random(1, {{members}})) end
            """);
        try
        {
            // Two wrk threads at most: the machine's cores are shared by wrk, the service and PostgreSQL.
            var threads = Math.Min(2, connections);
            var output = await RunProcessAsync("wrk", "-t", $"{threads}", "-c", $"{connections}", "-d", $"{seconds}s", "--latency", "-s", script, server.ToString());
            if (output.Contains("Non-2xx or 3xx responses", StringComparison.Ordinal) || output.Contains("Socket errors", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"wrk saw failed requests on {routePrefix}:\n{output}");
            }

            return new LoadResult(
                double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                Percentile(output, "50"),
                Percentile(output, "99"));
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>wrk prints "     99%    5.67ms" under "Latency Distribution", in us, ms or s.</summary>
    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static async Task<string> RunProcessAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{file} exited {process.ExitCode}: {await error}");
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecond();
}
