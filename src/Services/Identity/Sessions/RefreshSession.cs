using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Users;

namespace Platform.Identity.Sessions;

public sealed record RefreshTokenRequest([property: Required] string RefreshToken);

public static class RefreshSession
{
    /// <summary>
    /// Exchanges a refresh token for a new pair, reading the user afresh: changed roles, permissions and collections
    /// apply, and a deactivated user's session ends here (ACC-05).
    /// </summary>
    public static RouteHandlerBuilder MapRefreshSession(this RouteGroupBuilder sessions) => sessions
        .MapPost("/refresh", async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> (
            RefreshTokenRequest request, SessionIssuer sessions, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var now = time.GetUtcNow();
            var presented = await db.RefreshTokens.AsNoTracking()
                .SingleOrDefaultAsync(t => t.TokenHash == SessionIssuer.Hash(request.RefreshToken), cancellationToken);
            if (presented is null || presented.RevokedAt is not null || presented.ExpiresAt <= now)
            {
                return AuthProblems.InvalidRefreshToken();
            }

            var user = await db.Users.Include(u => u.Collections).ThenInclude(c => c.Providers).AsSplitQuery()
                .SingleAsync(u => u.Id == presented.UserId, cancellationToken);
            if (user.Status == UserStatus.Deactivated)
            {
                await SessionRevocation.RevokeFamilyAsync(db, presented.FamilyId, now, cancellationToken);
                return AuthProblems.Deactivated();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (session, replacement) = await sessions.IssueAsync(user, presented.FamilyId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // Single use, decided by one conditional update: of two concurrent refreshes only one wins.
            var claimed = await db.RefreshTokens
                .Where(t => t.Id == presented.Id && t.ReplacedById == null && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.ReplacedById, replacement.Id), cancellationToken);
            if (claimed == 0)
            {
                // Presented again after it was used: stolen or replayed, so the whole session ends.
                await transaction.RollbackAsync(cancellationToken);
                await SessionRevocation.RevokeFamilyAsync(db, presented.FamilyId, now, cancellationToken);
                return AuthProblems.InvalidRefreshToken();
            }

            await transaction.CommitAsync(cancellationToken);
            return TypedResults.Ok(session);
        })
        .WithName("RefreshSession")
        .WithSummary("Exchanges a refresh token (single use) for a new access token and refresh token.");
}
