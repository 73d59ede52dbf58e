using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Web.Api;

namespace Platform.Web.Session;

/// <summary>
/// Cookie sessions whose state lives on the server: the cookie (HttpOnly, encrypted) carries only a random session
/// id; the tokens and the account are in <see cref="SessionStore"/>. Every request re-reads the account from there,
/// so a refresh that finds the user deactivated, or a sign-out in another tab, ends the session at once.
/// </summary>
public static class PortalSessions
{
    /// <summary>An idle browser is signed out after this long (the cookie slides with each request).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static IHostApplicationBuilder AddPortalSessions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddScoped<SessionTokens>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "portal.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = BrowserProtections.CookieSecurity(builder.Environment);
            cookie.ExpireTimeSpan = IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/forbidden";
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });
        return builder;
    }

    /// <summary>
    /// Opens a session for identity's answer to a sign-in; the problem to show when it cannot. The return path is
    /// given to the cookie handler too: on the sign-in page it would otherwise redirect to the raw ReturnUrl of the
    /// query string, and a non-ASCII character in a Location header fails the request after the session is open.
    /// </summary>
    public static async Task<ApiProblem?> SignInAsync(HttpContext http, ApiResult<SessionResponse> issued, string returnPath, CancellationToken cancellationToken)
    {
        var opened = await http.RequestServices.GetRequiredService<SessionTokens>().OpenAsync(issued, cancellationToken);
        if (opened.Value is not { } session)
        {
            return opened.Problem;
        }

        var sessionId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await http.RequestServices.GetRequiredService<SessionStore>().SetAsync(sessionId, session);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, session.Account.ToPrincipal(sessionId), new AuthenticationProperties { RedirectUri = returnPath });
        return null;
    }

    /// <summary>POST /signout: revokes the refresh token, forgets the session and clears the cookie.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", async (HttpContext http, SessionStore store, IdentityClient identity, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            // The antiforgery middleware only marks a request, and only a form-bound parameter would refuse it: this
            // endpoint reads no form, so it checks the token itself.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-out did not come from the portal's own page.");
            }

            if (http.User.FindFirst(PortalAccount.SessionClaim)?.Value is { } sessionId)
            {
                if (await store.GetAsync(sessionId) is { } session)
                {
                    await identity.RevokeAsync(session.RefreshToken, cancellationToken);
                }

                await store.RemoveAsync(sessionId);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/signin?signedOut=true");
        })
        // The layout's form carries the token, checked above: another site cannot sign a user out.
        .DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// Where to go after signing in: only a path of this site, as an address from the query string must not send the
    /// user elsewhere; escaped, as a Location header carries ASCII only (a name with an umlaut in a search, say).
    /// </summary>
    public static string LocalReturnPath(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] && Uri.TryCreate(LocalBase, returnUrl, out var target) && target.Authority == LocalBase.Authority
            ? target.PathAndQuery + target.Fragment
            : "/";

    private static readonly Uri LocalBase = new("http://portal.invalid");

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (context.Principal?.FindFirst(PortalAccount.SessionClaim)?.Value is { } sessionId && await store.GetAsync(sessionId) is { } session)
        {
            context.ReplacePrincipal(session.Account.ToPrincipal(sessionId));
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
