using System.Collections.Concurrent;
using Platform.Web.Api;

namespace Platform.Web.Session;

/// <summary>
/// The session's access token for an API call, refreshed shortly before it expires. Identity's refresh tokens are
/// single use (a replay ends the whole session), so one refresh per session runs at a time and the others take its
/// result. The lock is per process: a second web instance needs sticky sessions until this moves to a Redis lock.
/// </summary>
public sealed class SessionTokens(SessionStore store, IdentityClient identity, TimeProvider time, ILogger<SessionTokens> logger)
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Refreshing = new();

    /// <summary>The token to call the platform with; null when the session has ended (signed out, expired, deactivated).</summary>
    public async Task<string?> AccessTokenAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.User.FindFirst(PortalAccount.SessionClaim)?.Value is not { } sessionId || await store.GetAsync(sessionId) is not { } session)
        {
            return null;
        }

        if (session.AccessExpiresAt - RefreshAhead > time.GetUtcNow())
        {
            return session.AccessToken;
        }

        var gate = Refreshing.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refreshed it while this one waited.
            session = await store.GetAsync(sessionId);
            if (session is null || session.AccessExpiresAt - RefreshAhead > time.GetUtcNow())
            {
                return session?.AccessToken;
            }

            var refreshed = await RefreshAsync(session, cancellationToken);
            if (refreshed is null)
            {
                await store.RemoveAsync(sessionId);
                return null;
            }

            await store.SetAsync(sessionId, refreshed);
            return refreshed.AccessToken;
        }
        finally
        {
            gate.Release();
            Refreshing.TryRemove(new KeyValuePair<string, SemaphoreSlim>(sessionId, gate));
        }
    }

    /// <summary>A session from identity's answer to a sign-in or refresh, with the account as it is now.</summary>
    public async Task<ApiResult<PortalSession>> OpenAsync(ApiResult<SessionResponse> issued, CancellationToken cancellationToken)
    {
        if (issued.Value is not { } tokens)
        {
            return new ApiResult<PortalSession>(null, issued.Problem);
        }

        var account = await identity.AccountAsync(tokens.AccessToken, cancellationToken);
        if (account.Value is null)
        {
            return new ApiResult<PortalSession>(null, account.Problem);
        }

        var now = time.GetUtcNow();
        return new ApiResult<PortalSession>(
            new PortalSession(tokens.AccessToken, now.AddSeconds(tokens.ExpiresIn), tokens.RefreshToken, now.AddSeconds(tokens.RefreshExpiresIn), account.Value),
            null);
    }

    private async Task<PortalSession?> RefreshAsync(PortalSession session, CancellationToken cancellationToken)
    {
        var refreshed = await OpenAsync(await identity.RefreshAsync(session.RefreshToken, cancellationToken), cancellationToken);
        if (refreshed.Problem is { } problem)
        {
            // A deactivated account or a revoked session ends here (ACC-05): the user signs in again, or cannot.
            logger.LogInformation("Session of {Subject} ended at refresh: {Reason}", session.Account.Subject, problem.Title);
        }

        return refreshed.Value;
    }
}
