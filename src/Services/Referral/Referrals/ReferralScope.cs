using Platform.Referral.Data;
using Platform.ServiceDefaults.Auth;

namespace Platform.Referral.Referrals;

/// <summary>
/// ACC-01/06 for referrals: plan staff see every one; a partner the referrals of its network's members; an office those
/// its providers asked for or were referred (the specialist sees the referrals naming them). Anything else answers 404.
/// </summary>
public static class ReferralScope
{
    public static IQueryable<Referral> VisibleReferrals(this ReferralDbContext db, CallerScope scope)
    {
        if (scope.IsPlanWide)
        {
            return db.Referrals;
        }

        if (scope.Network is { } network)
        {
            return db.Referrals.Where(r => r.HealthNetwork == network);
        }

        var npis = scope.Npis.ToArray();
        return db.Referrals.Where(r => npis.Contains(r.RequestingNpi) || npis.Contains(r.ServicingNpi));
    }

    /// <summary>The plan's referral number: RF, two digits of the year, seven of the submission order.</summary>
    public const string NumberMessage = "A referral number is RF followed by nine digits, as RF260000042.";

    public static bool IsNumber(string text) => text is { Length: 11 } && text.StartsWith("RF", StringComparison.Ordinal) && text[2..].All(char.IsAsciiDigit);
}
