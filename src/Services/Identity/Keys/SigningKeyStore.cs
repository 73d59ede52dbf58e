using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Data;

namespace Platform.Identity.Keys;

/// <summary>A signing key ready to use: its id, its RSA key and when it starts signing.</summary>
public sealed record LoadedKey(string KeyId, RsaSecurityKey Key, DateTimeOffset ActivatesAt);

/// <summary>
/// The signing keys of every identity instance, read from the database and refreshed every minute, so instances
/// agree on the keys they publish and sign with. Keys rotate without downtime (<see cref="KeySchedule"/>).
/// </summary>
public sealed class SigningKeyStore(
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> options,
    KeyEncryption encryption,
    TimeProvider time,
    ILogger<SigningKeyStore> logger)
{
    private static readonly TimeSpan ReloadInterval = TimeSpan.FromMinutes(1);
    // Serializes key creation across instances; any constant unique to this purpose.
    private const long RotationLock = 0x1D3_7E7_5161;
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<LoadedKey> keys = [];
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    private IdentityOptions Options => options.Value;

    public async Task<SigningCredentials> SigningCredentialsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var signing = KeySchedule.Signing(await KeysAsync(cancellationToken), key => key.ActivatesAt, now)
            ?? KeySchedule.Signing(await RotateAsync(cancellationToken), key => key.ActivatesAt, now)
            ?? throw new InvalidOperationException("No signing key is active.");
        return new SigningCredentials(signing.Key, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The keys validators must know now: the JWKS.</summary>
    public async Task<IReadOnlyList<LoadedKey>> PublishedAsync(CancellationToken cancellationToken) =>
        KeySchedule.Published(await KeysAsync(cancellationToken), key => key.ActivatesAt, time.GetUtcNow(), Options.AccessTokenLifetime);

    /// <summary>Published keys for this process's own validation, from memory (called per request).</summary>
    public IEnumerable<SecurityKey> PublishedNow() =>
        KeySchedule.Published(keys, key => key.ActivatesAt, time.GetUtcNow(), Options.AccessTokenLifetime).Select(key => key.Key);

    private async Task<IReadOnlyList<LoadedKey>> KeysAsync(CancellationToken cancellationToken) =>
        time.GetUtcNow() - loadedAt < ReloadInterval ? keys : await RotateAsync(cancellationToken);

    /// <summary>Reloads the keys and creates the next one when the schedule says so.</summary>
    public async Task<IReadOnlyList<LoadedKey>> RotateAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RotationLock})", cancellationToken);
            var loaded = Load(await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken));
            var now = time.GetUtcNow();
            if (KeySchedule.NextActivation(loaded, key => key.ActivatesAt, now, Options.KeyRotationInterval, Options.KeyPublishAhead) is { } activatesAt)
            {
                loaded = [.. loaded, Create(db, now, activatesAt)];
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            keys = loaded;
            loadedAt = now;
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    private List<LoadedKey> Load(IEnumerable<SigningKey> stored)
    {
        var loaded = new List<LoadedKey>();
        foreach (var key in stored)
        {
            if (encryption.Unprotect(key.ProtectedPrivateKey) is not { } pkcs8)
            {
                // Sealed with another key-encryption key (e.g. an earlier local run): unusable here, never published.
                logger.LogDebug("Signing key {KeyId} cannot be decrypted with this key-encryption key; skipped.", key.KeyId);
                continue;
            }

            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            loaded.Add(new LoadedKey(key.KeyId, new RsaSecurityKey(rsa) { KeyId = key.KeyId }, key.ActivatesAt));
        }

        return loaded;
    }

    private LoadedKey Create(IdentityDbContext db, DateTimeOffset now, DateTimeOffset activatesAt)
    {
        var rsa = RSA.Create(2048);
        var keyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        db.SigningKeys.Add(new SigningKey
        {
            KeyId = keyId,
            ProtectedPrivateKey = encryption.Protect(rsa.ExportPkcs8PrivateKey()),
            CreatedAt = now,
            ActivatesAt = activatesAt,
        });
        logger.LogInformation("Created signing key {KeyId}, signing from {ActivatesAt:O}.", keyId, activatesAt);
        return new LoadedKey(keyId, new RsaSecurityKey(rsa) { KeyId = keyId }, activatesAt);
    }
}
