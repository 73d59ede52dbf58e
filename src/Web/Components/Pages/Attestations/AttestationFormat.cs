using Platform.ServiceDefaults;

namespace Platform.Web.Components.Pages.Attestations;

/// <summary>How the attestation pages word kinds and dates, and where each page is.</summary>
public static class AttestationFormat
{
    public const string Home = "/reports/attestations";

    public static string Date(DateOnly day) => day.ToString("MM/dd/yyyy");

    /// <summary>The plan's day (Pacific) an instant fell on, as a submission is dated.</summary>
    public static string Date(DateTimeOffset at) => Date(at.PlanDay());

    public static string Form(Guid id) => $"{Home}/{id}";

    public static string Material(Guid id, string code) => $"{Home}/{id}/materials/{Uri.EscapeDataString(code)}";

    public static string StatusList(string npi) => $"{Home}/providers/{Uri.EscapeDataString(npi)}";

    /// <summary>R14's attestation text, the completion sentence naming the kind.</summary>
    public static string Statement(string kind) => $"I attest that I have completed the {kind} Provider Training.";

    public const string Provided = "CalOptima Health provided training on the above information and the resources available on CalOptima Health's website.";
}
