using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Platform.Web.Session;

/// <summary>One signed-in browser: its tokens and account, kept on the server. The browser holds only the id.</summary>
public sealed record PortalSession(string AccessToken, DateTimeOffset AccessExpiresAt, string RefreshToken, DateTimeOffset RefreshExpiresAt, PortalAccount Account);

/// <summary>
/// Sessions in Redis, encrypted with the app's data-protection keys so tokens are never readable at rest, and kept
/// no longer than their refresh token. Unlike the member cache this is not rebuildable: when Redis cannot be reached,
/// this throws and the page says so, rather than quietly signing everyone out.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer redis, IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector protector = protection.CreateProtector("Platform.Web.Session");

    public async Task<PortalSession?> GetAsync(string sessionId)
    {
        var stored = (byte[]?)await redis.GetDatabase().StringGetAsync(Key(sessionId));
        return stored is null ? null : JsonSerializer.Deserialize<PortalSession>(protector.Unprotect(stored), JsonSerializerOptions.Web);
    }

    public Task SetAsync(string sessionId, PortalSession session) =>
        redis.GetDatabase().StringSetAsync(Key(sessionId), protector.Protect(JsonSerializer.SerializeToUtf8Bytes(session, JsonSerializerOptions.Web)),
            session.RefreshExpiresAt - time.GetUtcNow());

    public Task RemoveAsync(string sessionId) => redis.GetDatabase().KeyDeleteAsync(Key(sessionId));

    private static RedisKey Key(string sessionId) => $"web:session:{sessionId}";
}
