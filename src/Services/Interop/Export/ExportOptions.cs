namespace Platform.Interop.Export;

/// <summary>Configuration section "Interop:Export".</summary>
public sealed class ExportOptions
{
    /// <summary>
    /// How long a finished export's files stay readable. The files are PHI outside the owners' databases: a day lets a
    /// partner's nightly job fetch them after a failure, and no longer.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a run holds its job before another may take it over (renewed after every file).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs a job may start before it is given up as failed: a job that crashes its worker must not do so forever.</summary>
    public int MaxAttempts { get; set; } = 3;
}
