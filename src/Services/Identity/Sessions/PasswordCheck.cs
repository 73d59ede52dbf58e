using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Data;
using Platform.Identity.Users;

namespace Platform.Identity.Sessions;

/// <summary>
/// Checks an email and password, counting failures towards the account's lockout (ACC-05: personal accounts, so a
/// guessed password must not be tried at leisure) and towards the client address's limit (<see cref="SignInThrottle"/>).
/// Both answer 429 with Retry-After. Used by sign-in and by the password change, which is as good an oracle.
/// </summary>
public sealed class PasswordCheck(
    IdentityDbContext db, IPasswordHasher<User> hasher, SignInThrottle throttle, IOptions<IdentityOptions> options, TimeProvider time,
    IHttpContextAccessor http)
{
    // Verified against when the email is unknown, so that answer takes as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString()));

    /// <summary>The user whose password this is, with their collections; or the problem to answer.</summary>
    public async Task<(User? User, ProblemHttpResult? Problem)> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var context = http.HttpContext!;
        var client = context.Connection.RemoteIpAddress;
        if (await throttle.RefusedForAsync(client, cancellationToken) is { } wait)
        {
            return (null, AuthProblems.AddressThrottled(context.Response, wait));
        }

        var (user, problem) = await CheckAsync(email, password, context.Response, cancellationToken);
        if (problem is not null && AuthProblems.IsInvalidCredentials(problem))
        {
            await throttle.RecordFailureAsync(client, cancellationToken);
        }

        return (user, problem);
    }

    private async Task<(User? User, ProblemHttpResult? Problem)> CheckAsync(string email, string password, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = await db.Users
            .Include(u => u.Collections).ThenInclude(c => c.Providers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(u => u.Email == User.NormalizeEmail(email), cancellationToken);
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            return (null, AuthProblems.InvalidCredentials());
        }

        if (user.LockedUntil > now)
        {
            return (null, AuthProblems.LockedOut(response, user.LockedUntil.Value - now));
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            await CountFailureAsync(user.Id, now, cancellationToken);
            return (null, AuthProblems.InvalidCredentials());
        }

        // Told only to whoever knows the password, so it reveals nothing about other people's accounts.
        if (user.Status == UserStatus.Deactivated)
        {
            return (null, AuthProblems.Deactivated());
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        return (user, null);
    }

    /// <summary>One atomic update, so concurrent guesses cannot slip under the threshold.</summary>
    private Task CountFailureAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var threshold = options.Value.LockoutThreshold;
        var until = now + options.Value.LockoutDuration;
        return db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.LockedUntil, u => u.FailedSignIns + 1 >= threshold ? until : u.LockedUntil)
            .SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1 >= threshold ? 0 : u.FailedSignIns + 1), cancellationToken);
    }
}
