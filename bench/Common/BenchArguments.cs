using System.Globalization;

namespace Platform.Bench;

/// <summary>A bench's command line: "--name value" pairs, each with the bench's default when left out.</summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public BenchArguments(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }
    }

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Numbers(string name, string fallback) =>
        [.. (values.GetValueOrDefault(name) ?? fallback).Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
}
