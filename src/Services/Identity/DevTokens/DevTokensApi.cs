using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.DevTokens;

public sealed record DevTokenRequest(string? Persona);

public sealed record DevTokenResponse(string AccessToken, int ExpiresIn, string TokenType);

public static class DevTokensApi
{
    /// <summary>
    /// A sign-in without credentials for the local/demo run, until the identity service signs real users in.
    /// Mapped only in Development with a configured development key, so it cannot exist in any other environment.
    /// </summary>
    public static WebApplication MapDevTokensApi(this WebApplication app)
    {
        var options = app.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>();
        if (!app.Environment.IsDevelopment() || string.IsNullOrWhiteSpace(options?.DevSigningKey))
        {
            return app;
        }

        var issuer = new DevTokenIssuer(options, app.Services.GetRequiredService<TimeProvider>());
        var tokens = app.MapApiGroup("/api/v1/dev-tokens", "Development").AllowAnonymous();
        tokens.MapPost("/", Results<Ok<DevTokenResponse>, ValidationProblem> (DevTokenRequest? request) =>
                DevPersonas.ByName.TryGetValue(request?.Persona ?? "", out var persona)
                    ? TypedResults.Ok(new DevTokenResponse(
                        issuer.Issue(persona.Subject, persona.Name, persona.Roles, persona.Permissions),
                        (int)DevTokenIssuer.Lifetime.TotalSeconds,
                        "Bearer"))
                    : Problems.Invalid("persona", $"Unknown persona; use one of: {string.Join(", ", DevPersonas.ByName.Keys)}."))
            .WithName("IssueDevToken")
            .WithSummary("Development only: a short-lived token for a fixed demo persona.");
        return app;
    }
}
