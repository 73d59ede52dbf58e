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
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/forbidden";
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });
        return builder;
    }

    /// <summary>Opens a session for identity's answer to a sign-in; the problem to show when it cannot.</summary>
    public static async Task<ApiProblem?> SignInAsync(HttpContext http, ApiResult<SessionResponse> issued, CancellationToken cancellationToken)
    {
        var opened = await http.RequestServices.GetRequiredService<SessionTokens>().OpenAsync(issued, cancellationToken);
        if (opened.Value is not { } session)
        {
            return opened.Problem;
        }

        var sessionId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await http.RequestServices.GetRequiredService<SessionStore>().SetAsync(sessionId, session);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, session.Account.ToPrincipal(sessionId));
        return null;
    }

    /// <summary>POST /signout: revokes the refresh token, forgets the session and clears the cookie.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", async (HttpContext http, SessionStore store, IdentityClient identity, CancellationToken cancellationToken) =>
        {
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
        // The layout's form carries the token; another site cannot sign a user out.
        .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

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
