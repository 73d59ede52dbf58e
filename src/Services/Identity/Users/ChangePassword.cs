using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Identity.Data;
using Platform.Identity.Sessions;
using Platform.Contracts.Audit;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Users;

public sealed record ChangePasswordRequest(
    [property: Required, EmailAddress] string Email,
    [property: Required] string CurrentPassword,
    [property: Required] string NewPassword) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PasswordPolicy.Check(NewPassword ?? "", Email ?? "") is { } reason)
        {
            yield return new(reason, [nameof(NewPassword)]);
        }
        else if (NewPassword == CurrentPassword)
        {
            yield return new("The new password must differ from the current one.", [nameof(NewPassword)]);
        }
    }
}

public static class ChangePassword
{
    /// <summary>
    /// The person sets their own password (after an administrator's one-time password, or at will); every other
    /// session of theirs ends. Anonymous: it is how a user with a handed-over password first gets in.
    /// </summary>
    public static IEndpointRouteBuilder MapChangePassword(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/v1/account", "Account").AllowAnonymous()
            .MapPost("/password", async Task<Results<NoContent, ProblemHttpResult>> (
                ChangePasswordRequest request, PasswordCheck passwords, IPasswordHasher<User> hasher, IdentityDbContext db,
                IAuditTrail audit, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var (user, problem) = await passwords.VerifyAsync(request.Email, request.CurrentPassword, cancellationToken);
                if (user is null)
                {
                    return problem!;
                }

                user.PasswordHash = hasher.HashPassword(user, request.NewPassword);
                user.MustChangePassword = false;
                // ACC-05: the caller is anonymous until now; the entry names the person whose password it is.
                var entry = audit.Describe(AuditActions.Update, nameof(User), user.Id.ToString()) with { UserId = user.Id.ToString(), UserName = user.Name };
                db.AddIntegrationEvent(new AuditRecorded([entry]), entry.At);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await SessionRevocation.RevokeUserAsync(db, user.Id, time.GetUtcNow(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return TypedResults.NoContent();
            })
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("ChangePassword")
            .WithSummary("Changes the caller's password given the current one; ends the account's other sessions.");
        return app;
    }
}
