using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.ServiceDefaults.Auth;

namespace Platform.Web.Session;

public sealed record PortalOffice(Guid Id, string Name, string Tin);

/// <summary>The signed-in account as identity's /me describes it now: what the portal shows and allows (ACC-02).</summary>
public sealed record PortalAccount(
    string Subject, string Name, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, PortalOffice? Office)
{
    /// <summary>The claim that names the server-side session (<see cref="SessionStore"/>) the cookie belongs to.</summary>
    public const string SessionClaim = "sid";

    /// <summary>The cookie's principal: the same claim names as the platform's tokens, so the module policies apply as is.</summary>
    public ClaimsPrincipal ToPrincipal(string sessionId)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaims.Name, PlatformClaims.Role);
        identity.AddClaim(new Claim(SessionClaim, sessionId));
        identity.AddClaim(new Claim(PlatformClaims.Subject, Subject));
        identity.AddClaim(new Claim(PlatformClaims.Name, Name));
        identity.AddClaims(Roles.Select(role => new Claim(PlatformClaims.Role, role)));
        identity.AddClaims(Permissions.Select(permission => new Claim(PlatformClaims.Permission, permission)));
        return new ClaimsPrincipal(identity);
    }
}
