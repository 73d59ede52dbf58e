using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Identity.Data;

namespace Platform.Identity.Sessions;

/// <summary>
/// The per-address half of the sign-in limits. The account lockout (<see cref="PasswordCheck"/>) stops guessing one
/// person's password; it cannot see one address trying a common password against many accounts (a spray), or
/// probing which emails exist. So failures are also counted per client address — as the gateway forwards it, the web
/// app forwarding the browser's — and past <see cref="IdentityOptions.FailedSignInsPerAddress"/> in the rolling
/// window that address is refused with a 429 until its oldest failure ages out, even with the right password.
/// Kept in the database, so every identity instance agrees and a restart forgets nothing. Guesses sent in parallel
/// can pass the limit by as many as arrive together (the gateway's per-client rate limit bounds that); the account
/// lockout, which protects a single password, is exact.
/// </summary>
public sealed class SignInThrottle(IdentityDbContext db, IOptions<IdentityOptions> options, TimeProvider time)
{
    /// <summary>How long the address must wait, or null when it may try.</summary>
    public async Task<TimeSpan?> RefusedForAsync(IPAddress? client, CancellationToken cancellationToken)
    {
        if (Key(client) is not { } address)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var (limit, window) = (options.Value.FailedSignInsPerAddress, options.Value.AddressWindow);
        var recent = await db.SignInFailures.Where(f => f.ClientAddress == address && f.FailedAt > now - window)
            .OrderByDescending(f => f.FailedAt).Skip(limit - 1).Select(f => (DateTimeOffset?)f.FailedAt).FirstOrDefaultAsync(cancellationToken);
        return recent is { } oldestThatCounts ? oldestThatCounts + window - now : null;
    }

    public async Task RecordFailureAsync(IPAddress? client, CancellationToken cancellationToken)
    {
        if (Key(client) is { } address)
        {
            db.SignInFailures.Add(new SignInFailure { ClientAddress = address, FailedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>IPv4 as itself (not IPv4-mapped IPv6), so that one client has one key. In-process test hosts have none.</summary>
    private static string? Key(IPAddress? client) => client is null ? null : (client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client).ToString();
}
