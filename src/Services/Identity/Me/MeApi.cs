using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Me;

public sealed record MeResponse(string? Subject, string? Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions)
{
    public static MeResponse From(ClaimsPrincipal user) => new(
        user.FindFirstValue(PlatformClaims.Subject),
        user.FindFirstValue(PlatformClaims.Name),
        [.. user.FindAll(PlatformClaims.Role).Select(c => c.Value)],
        [.. user.FindAll(PlatformClaims.Permission).Select(c => c.Value)]);
}

public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        // Any signed-in user may see who they are; what they may do is the per-module permissions (ACC-02).
        var me = app.MapApiGroup("/api/v1/me", "Me").RequireAuthorization();
        me.MapGet("/", (ClaimsPrincipal user) => TypedResults.Ok(MeResponse.From(user)))
            .WithName("GetMe")
            .WithSummary("The caller as the token describes them: subject, name, roles and module permissions.");
        return app;
    }
}
