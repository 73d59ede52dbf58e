namespace Platform.Bench;

/// <summary>Latency figures as the benches print them: percentiles of milliseconds, and a Markdown table row.</summary>
public static class Latencies
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }

    public const string Header = "| measured | count | p50 ms | p95 ms | p99 ms | max ms | missing |\n|---|---:|---:|---:|---:|---:|---:|";

    public static string Row(string name, IReadOnlyList<double> values, int expected) =>
        $"| {name} | {values.Count} | {Percentile(values, 50):F1} | {Percentile(values, 95):F1} | {Percentile(values, 99):F1} | {values.DefaultIfEmpty().Max():F1} | {expected - values.Count} |";
}
