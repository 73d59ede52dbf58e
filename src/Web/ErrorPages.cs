namespace Platform.Web;

public static class ErrorPages
{
    /// <summary>
    /// Pages, not problem documents: a failure renders /error, and an empty 4xx/5xx answer (an unknown address, a
    /// refused page) renders /status/{code} in the portal's layout.
    /// </summary>
    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }
}
