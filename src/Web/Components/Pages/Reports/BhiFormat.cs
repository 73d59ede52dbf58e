using System.Globalization;
using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Reports;

/// <summary>How the BHI pages word a phase's figures (RPT-01).</summary>
public static class BhiFormat
{
    /// <summary>The rate over the decided members, and how many are still open.</summary>
    public static string Rate(BhiRate rate) =>
        (rate.Rate is { } value ? value.ToString("P1", CultureInfo.GetCultureInfo("en-US")) : "No decided members")
        + (rate.Open > 0 ? $" ({rate.Open} open)" : "");

    public static string Phase(BhiPhaseRow phase) =>
        $"{phase.Status}: {phase.TreatmentDays} days by {phase.WindowEnd.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)}";
}
