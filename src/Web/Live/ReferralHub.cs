using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Platform.ServiceDefaults.Auth;
using Platform.Web.Session;

namespace Platform.Web.Live;

/// <summary>
/// REF-13 pushed, not polled: a page showing referrals joins the groups its watch token names, and hears
/// "referralChanged" (number, status) the moment a referral of those groups changes. No member details travel here; the
/// page reads the referral again through the gateway, scoped and audited.
/// </summary>
[Authorize(Policy = PortalModules.SignedIn)]
public sealed class ReferralHub(ReferralWatch watch) : Hub
{
    public const string Path = "/live/referrals";

    public const string Changed = "referralChanged";

    /// <summary>Joins the token's groups; answers how many, 0 for a token that is not the caller's or has expired.</summary>
    public async Task<int> Watch(string token)
    {
        var groups = watch.Open(token, Context.User?.FindFirstValue(PlatformClaims.Subject) ?? "");
        foreach (var group in groups)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        return groups.Count;
    }
}
