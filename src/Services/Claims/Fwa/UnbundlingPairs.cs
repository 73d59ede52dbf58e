namespace Platform.Claims.Fwa;

/// <summary>The comprehensive/component pairs of unbundling-pairs.csv, read once from the assembly.</summary>
public sealed class UnbundlingPairs
{
    /// <summary>Modifiers that declare a component a distinct service, which the edit then allows.</summary>
    public static readonly string[] DistinctServiceModifiers = ["59", "XE", "XS", "XP", "XU"];

    private readonly Dictionary<(string Comprehensive, string Component), string> pairs;

    private UnbundlingPairs(Dictionary<(string, string), string> pairs) => this.pairs = pairs;

    public static UnbundlingPairs Load()
    {
        using var stream = typeof(UnbundlingPairs).Assembly.GetManifestResourceStream("Platform.Claims.Fwa.unbundling-pairs.csv")
            ?? throw new InvalidOperationException("unbundling-pairs.csv is not embedded in the claims service.");
        using var reader = new StreamReader(stream);
        var pairs = new Dictionary<(string, string), string>();
        foreach (var line in reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Skip(1))
        {
            var fields = line.Split(',', 3);
            pairs[(fields[0], fields[1])] = fields[2];
        }

        return new UnbundlingPairs(pairs);
    }

    public string? Describe(string comprehensive, string component) => pairs.GetValueOrDefault((comprehensive, component));
}
