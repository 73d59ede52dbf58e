using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Identity.Sessions;

/// <summary>
/// Refusals of sign-in, refresh and client authentication: a 401 problem with a machine-readable <c>code</c>, worded
/// so that an unknown email and a wrong password cannot be told apart.
/// </summary>
public static class AuthProblems
{
    public static ProblemHttpResult InvalidCredentials() =>
        Refused("invalid_credentials", "The email or password is incorrect.");

    public static ProblemHttpResult LockedOut(DateTimeOffset until) =>
        Refused("locked_out", "The account is locked after repeated failed sign-ins.",
            $"Try again after {until:u}, or ask your site administrator.");

    public static ProblemHttpResult Deactivated() =>
        Refused("deactivated", "The account is deactivated.", "Ask your office's site administrator to reactivate it.");

    public static ProblemHttpResult PasswordChangeRequired() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Choose a new password before signing in.",
            detail: "The password was set by an administrator; change it with POST /api/v1/account/password.",
            extensions: new Dictionary<string, object?> { ["code"] = "password_change_required" });

    public static ProblemHttpResult InvalidRefreshToken() =>
        Refused("invalid_grant", "The refresh token is not valid. Sign in again.");

    public static ProblemHttpResult InvalidClient() =>
        Refused("invalid_client", "The client id or secret is incorrect.");

    private static ProblemHttpResult Refused(string code, string title, string? detail = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: title,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
