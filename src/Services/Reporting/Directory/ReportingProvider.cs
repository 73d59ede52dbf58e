using Platform.ServiceDefaults.Directory;

namespace Platform.Reporting.Directory;

/// <summary>
/// The reporting service's copy of the provider directory: the PCPs and prescribers its reports group by (RPT-01…03,
/// name, TIN and NPI) and each provider's joining date, from which the initial training attestation falls due (RPT-04).
/// </summary>
public sealed class ReportingProvider : ProviderCopy
{
    /// <summary>The programs the provider contracts through: CCN and health network codes.</summary>
    public List<string> Networks { get; init; } = [];

    /// <summary>The day the provider joined the plan's network (RPT-04: the initial attestation is due 30 days later).</summary>
    public DateOnly JoinedOn { get; init; }
}

public sealed class ReportingProviderConfiguration : ProviderCopyConfiguration<ReportingProvider>;
