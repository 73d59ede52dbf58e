using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Identity.Data;

namespace Platform.Identity.Sessions;

public sealed record SignInRequest([property: Required, EmailAddress] string Email, [property: Required] string Password);

public static class SignIn
{
    public static RouteHandlerBuilder MapSignIn(this RouteGroupBuilder sessions) => sessions
        .MapPost("/", async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> (
            SignInRequest request, PasswordCheck passwords, SessionIssuer sessions, IdentityDbContext db, CancellationToken cancellationToken) =>
        {
            var (user, problem) = await passwords.VerifyAsync(request.Email, request.Password, cancellationToken);
            if (user is null)
            {
                return problem!;
            }

            if (user.MustChangePassword)
            {
                return AuthProblems.PasswordChangeRequired();
            }

            var (session, _) = await sessions.IssueAsync(user, family: null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(session);
        })
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .WithName("SignIn")
        .WithSummary("Signs a user in with email and password: a short-lived access token and a refresh token.");
}
