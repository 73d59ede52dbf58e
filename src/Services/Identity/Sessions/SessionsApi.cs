using Platform.ServiceDefaults;

namespace Platform.Identity.Sessions;

public static class SessionsApi
{
    /// <summary>Sign-in, refresh and sign-out for people (the web front end); anonymous by nature.</summary>
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapApiGroup("/api/v1/sessions", "Sessions").AllowAnonymous();
        sessions.MapSignIn();
        sessions.MapRefreshSession();
        sessions.MapSignOut();
        return app;
    }
}
