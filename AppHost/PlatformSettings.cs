namespace Platform.AppHost;

/// <summary>
/// What a run may change in the model (configuration section "Platform", e.g. <c>--Platform:Resources=identity,gateway</c>).
/// The defaults are the local run's.
/// </summary>
public sealed class PlatformSettings
{
    public const string Section = "Platform";

    /// <summary>The domain services, the gateway and the web app to declare, comma-separated; all when empty.</summary>
    public string? Resources { get; set; }

    /// <summary>Appended to every database name, so test classes sharing one PostgreSQL have databases of their own.</summary>
    public string DatabaseSuffix { get; set; } = "";

    /// <summary>Synthetic members the eligibility migrate step loads into an empty table (README); 0 for none.</summary>
    public int DemoPopulation { get; set; } = 2000;

    /// <summary>Service lines of the synthetic claims the claims migrate step bills for the demo offices (README); 0 for none.</summary>
    public int DemoClaimLines { get; set; } = 8000;

    /// <summary>
    /// Whether projects listen on their documented local ports (README); otherwise DCP gives each a free port, so several
    /// platforms (test classes in parallel, or beside a local run) never share one.
    /// </summary>
    public bool FixedPorts { get; set; } = true;

    /// <summary>Where the servers the AppHost runs itself keep their data; by default the repository's .data/infra.</summary>
    public string? Data { get; set; }

    public bool Declares(string resource) =>
        string.IsNullOrWhiteSpace(Resources)
        || Resources.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(resource, StringComparer.Ordinal);

    public static PlatformSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<PlatformSettings>() ?? new PlatformSettings();
}
