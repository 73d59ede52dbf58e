using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;

namespace Platform.Identity.Sessions;

public static class SessionRevocation
{
    /// <summary>Sign-out: ends the session the refresh token belongs to. Always 204, so it tells nothing about tokens.</summary>
    public static RouteHandlerBuilder MapSignOut(this RouteGroupBuilder sessions) => sessions
        .MapPost("/revocation", async Task<NoContent> (RefreshTokenRequest request, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var family = await db.RefreshTokens.Where(t => t.TokenHash == SessionIssuer.Hash(request.RefreshToken))
                .Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
            if (family is { } id)
            {
                await RevokeFamilyAsync(db, id, time.GetUtcNow(), cancellationToken);
            }

            return TypedResults.NoContent();
        })
        .WithName("SignOut")
        .WithSummary("Signs out: revokes the refresh token and every token of its session.");

    public static Task RevokeFamilyAsync(IdentityDbContext db, Guid family, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == family && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    /// <summary>Ends every session of a user: deactivation and password changes.</summary>
    public static Task RevokeUserAsync(IdentityDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
