using Platform.Web.Api;

namespace Platform.Web.Components.Pages.Referrals;

public static class ReferralFormat
{
    // The plan's clock is Pacific time (ServiceDefaults' PlanCalendar): due times are shown as the plan counts them.
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static string Date(DateOnly day) => day.ToString("MM/dd/yyyy");

    public static string Time(DateTimeOffset at) => $"{TimeZoneInfo.ConvertTime(at, Pacific):MM/dd/yyyy h:mm tt} PT";

    public static string Provider(ReferralProvider provider) =>
        provider.Name is null ? $"NPI {provider.Npi}" : $"{provider.Name}, {provider.Specialty} (NPI {provider.Npi})";

    public static string Criterion(string? criterion) =>
        UrgentCriteria.All.FirstOrDefault(c => c.Value == criterion).Label ?? "none stated";

    /// <summary>The referral's address: its number only, never the member's id.</summary>
    public static string Link(string referralNumber) => $"/referrals/{Uri.EscapeDataString(referralNumber)}";
}
