using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Identity.Sessions;

/// <summary>
/// Refusals of sign-in, refresh and client authentication: a 401 problem with a machine-readable <c>code</c>, worded
/// so that an unknown email and a wrong password cannot be told apart; a 429 with Retry-After past a sign-in limit.
/// </summary>
public static class AuthProblems
{
    public const string InvalidCredentialsCode = "invalid_credentials";

    public static ProblemHttpResult InvalidCredentials() =>
        Refused(InvalidCredentialsCode, "The email or password is incorrect.");

    public static bool IsInvalidCredentials(ProblemHttpResult problem) =>
        problem.ProblemDetails.Extensions.TryGetValue("code", out var code) && code as string == InvalidCredentialsCode;

    /// <summary>A 429 with Retry-After: the account is locked (too many failures on it) until the given time.</summary>
    public static ProblemHttpResult LockedOut(HttpResponse response, TimeSpan wait) =>
        TooManyAttempts(response, wait, "locked_out", "The account is locked after repeated failed sign-ins.", "or ask your site administrator");

    /// <summary>A 429 with Retry-After: this client address failed too often (SignInThrottle).</summary>
    public static ProblemHttpResult AddressThrottled(HttpResponse response, TimeSpan wait) =>
        TooManyAttempts(response, wait, "too_many_attempts", "Too many failed sign-ins from this address.", "or ask your site administrator if your office shares an address");

    private static ProblemHttpResult TooManyAttempts(HttpResponse response, TimeSpan wait, string code, string title, string otherwise)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: title,
            detail: $"Try again in {TimeSpan.FromSeconds(seconds):g}, {otherwise}.",
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

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

    /// <summary>SMART Backend Services: the client assertion failed a check; which one is logged, not told.</summary>
    public static ProblemHttpResult InvalidClientAssertion() =>
        Refused("invalid_client", "The client assertion is not valid.",
            "It must be signed (RS384 or ES384) by a registered key named by kid, with iss = sub = the client id, aud = the token endpoint URL, "
            + "exp at most five minutes ahead, and a jti not used before.");

    /// <summary>RFC 6749 §5.2 invalid_scope: a 400, naming the scope the client may not have.</summary>
    public static ProblemHttpResult InvalidScope(string scope) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The scope asked for is unknown or not granted to this client.",
            detail: $"Not granted: {scope}",
            extensions: new Dictionary<string, object?> { ["code"] = "invalid_scope" });

    /// <summary>RFC 6749 §5.2 unsupported_grant_type, still a validation problem naming grant_type.</summary>
    public static ValidationProblem UnsupportedGrantType(string grantType) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["grant_type"] = [$"Only the {grantType} grant is supported."] },
            extensions: new Dictionary<string, object?> { ["code"] = "unsupported_grant_type" });

    private static ProblemHttpResult Refused(string code, string title, string? detail = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: title,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
