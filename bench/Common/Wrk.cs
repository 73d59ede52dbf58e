using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Bench;

public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms);

/// <summary>Runs wrk with a Lua script that makes its requests and reads its throughput and latency percentiles.</summary>
public static partial class Wrk
{
    /// <summary>A script asking for GET prefix + a random id (a Lua expression), after some setup lines.</summary>
    public static string RandomPaths(string prefix, string randomId, params string[] setup) => $$"""
        math.randomseed(20261122)
        {{string.Join("\n", setup)}}
        request = function() return wrk.format("GET", "{{prefix}}" .. {{randomId}}) end
        """;

    /// <summary>
    /// A script POSTing to <paramref name="path"/> one of the bodies of a file (one a line, drawn at random) as
    /// <paramref name="contentType"/>. With <paramref name="unique"/>, each occurrence of it in a body becomes a value no
    /// other request of any run has (a nonce of the script, wrk's thread and a counter): for a request identifier, whose
    /// replay would be answered from what the first request stored.
    /// </summary>
    public static string Posts(string path, string contentType, string bodiesFile, string? unique, params string[] setup) => $$"""
        math.randomseed(20261122)
        {{string.Join("\n", setup)}}
        {{LuaList("bodies", bodiesFile)}}
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "{{contentType}}"
        local threads = 0
        function setup(thread)
          threads = threads + 1
          thread:set("worker", threads)
        end
        local sent = 0
        request = function()
          sent = sent + 1
          local body = bodies[math.random(#bodies)]
          {{(unique is null ? "" : $"body = string.gsub(body, \"{unique}\", \"{Guid.NewGuid():N}-\" .. worker .. \"-\" .. sent)")}}
          return wrk.format(nil, "{{path}}", nil, body)
        end
        """;

    /// <summary>Setup lines: every request carries the token.</summary>
    public static string Bearer(string token) => $"wrk.headers[\"Authorization\"] = \"Bearer {token}\"";

    /// <summary>Setup lines: a Lua table named <paramref name="name"/> read from a file of ids, one per line (a literal
    /// table of a few hundred thousand entries is more than LuaJIT compiles).</summary>
    public static string LuaList(string name, string file) => $"local {name} = {{}} for line in io.lines(\"{file}\") do {name}[#{name} + 1] = line end";

    /// <param name="timeoutSeconds">How long wrk waits for an answer before counting a timeout (its default: 2 s).</param>
    public static async Task<LoadResult> RunAsync(Uri server, string requestScript, int connections, int seconds, int? timeoutSeconds = null)
    {
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, requestScript);
        try
        {
            // Two wrk threads at most: the machine's cores are shared by wrk, the service and PostgreSQL.
            var threads = Math.Min(2, connections);
            string[] timeout = timeoutSeconds is { } limit ? ["--timeout", $"{limit}s"] : [];
            var output = await RunProcessAsync("wrk", ["-t", $"{threads}", "-c", $"{connections}", "-d", $"{seconds}s", .. timeout, "--latency", "-s", script, server.ToString()]);
            if (output.Contains("Non-2xx or 3xx responses", StringComparison.Ordinal) || output.Contains("Socket errors", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"wrk saw failed requests on {server}:\n{output}");
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
