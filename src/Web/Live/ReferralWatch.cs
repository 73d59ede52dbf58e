using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Platform.Web.Live;

/// <summary>
/// What a page may watch live, sealed by the web app for the user it rendered for: the plan's referrals (plan staff)
/// or those of the user's providers (ACC-01). The page was allowed to show them when it rendered; the token proves it
/// to the hub, so a browser cannot ask for another office's pushes. It ends with the working day.
/// </summary>
public sealed class ReferralWatch(IDataProtectionProvider protection, TimeProvider time)
{
    public const string PlanGroup = "plan";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Platform.Web.Live.ReferralWatch").ToTimeLimitedDataProtector();

    public static string ProviderGroup(string npi) => $"npi:{npi}";

    public string Seal(string subject, IEnumerable<string> groups) =>
        protector.Protect(JsonSerializer.Serialize(new Watch(subject, [.. groups])), time.GetUtcNow().Add(Lifetime));

    /// <summary>The groups the token names, if it is sound, unexpired and the caller's own; else none.</summary>
    public IReadOnlyList<string> Open(string token, string subject)
    {
        try
        {
            var watch = JsonSerializer.Deserialize<Watch>(protector.Unprotect(token));
            return watch is not null && watch.Subject == subject ? watch.Groups : [];
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return [];
        }
    }

    private sealed record Watch(string Subject, string[] Groups);
}
