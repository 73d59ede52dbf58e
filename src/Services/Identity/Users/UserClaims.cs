using Platform.Identity.Tokens;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Users;

public static class UserClaims
{
    /// <summary>
    /// A person's token: roles, module permissions, office, and one npi claim per provider of their collections
    /// (ACC-01) — what every service scopes PHI by. The plan's staff carry no providers: they see the whole plan.
    /// </summary>
    public static TokenSubject For(User user)
    {
        var scope = new List<(string, string)> { (PlatformClaims.Email, user.Email) };
        if (user.OfficeId is { } office)
        {
            scope.Add((PlatformClaims.Office, office.ToString()));
        }

        scope.AddRange(user.Collections.SelectMany(c => c.Providers).Select(p => p.Npi).Distinct().Order()
            .Select(npi => (PlatformClaims.Npi, npi)));
        return new TokenSubject(user.Id.ToString(), user.Name, user.Roles, user.Permissions, scope);
    }
}
