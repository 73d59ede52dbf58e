using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using Platform.Eligibility.Data;
using StackExchange.Redis;

namespace Platform.Eligibility.Members;

/// <summary>What a by-id lookup needs of one member: who it is, all its spans (for ELG-02 on any date and the ACC-01/06
/// test) and the names of their PCPs.</summary>
public sealed record MemberEntry(MemberSummary Member, IReadOnlyList<CoverageSpan> Spans, IReadOnlyDictionary<string, string> PcpNames);

/// <summary>A cache read: the entry, or else the member's generation to store a fresh entry under (null when Redis is unreachable).</summary>
public readonly record struct CachedMember(MemberEntry? Entry, string? Generation);

/// <summary>
/// Redis cache of <see cref="MemberEntry"/> by CIN, race-free against writers through a per-member generation: a
/// miss returns the generation, the reader stores what it read from the database only if the generation is still
/// the same, and a writer, after its commit, raises the generation and drops the entry. A reader that read a row
/// before a commit therefore can never store it after the invalidation. Redis holds only what can be rebuilt: any
/// failure is a miss (reads) or a no-op reported as false (writes), never an error, and once Redis cannot be reached
/// reads skip it for a few seconds, so an outage costs requests nothing.
/// </summary>
public sealed class MemberCache(IConnectionMultiplexer redis, IConfiguration configuration, TimeProvider time, ILogger<MemberCache> logger)
{
    private static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(10);

    // Outlives any reader between its miss and its store by far; refreshed by both, so it never lapses in between.
    private static readonly TimeSpan GenerationLifetime = TimeSpan.FromDays(1);
    private static readonly TimeSpan ReadBudget = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan InvalidationBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    private const string Read = """
        local entry = redis.call('GET', KEYS[1])
        if entry then return {1, entry} end
        local generation = redis.call('GET', KEYS[2])
        if generation then redis.call('PEXPIRE', KEYS[2], ARGV[1]) end
        return {0, generation or '0'}
        """;

    private const string Store = """
        if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] then return 0 end
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
        """;

    private const string Invalidate = """
        redis.call('INCR', KEYS[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[1])
        redis.call('DEL', KEYS[1])
        return 1
        """;

    // Keys live under the database's name, so environments or test runs sharing one Redis never read each other's
    // members; {cin} is a hash tag that keeps a member's keys in one slot of a Redis Cluster, as its scripts need.
    // The entry's format version is in its key, so a deploy that changes MemberEntry starts with misses.
    private readonly string prefix = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(EligibilityDbContext.ConnectionName)).Database
        ?? EligibilityDbContext.ConnectionName;

    private long pausedUntil;

    public async Task<CachedMember> GetAsync(string cin, CancellationToken cancellationToken)
    {
        // A hit is a plain GET, cheaper for Redis than the script; only a miss needs the script's atomic pair of
        // entry-or-generation (an entry stored meanwhile is then returned by it).
        var keys = Keys(cin);
        var hit = await GuardedAsync(async db => (Answered: true, Json: (byte[]?)await db.StringGetAsync(keys[0])), cancellationToken);
        if (hit.Json is not null)
        {
            return new CachedMember(Entry(hit.Json), null);
        }

        // Redis unreachable or late: a miss, without a second call that would wait as long again.
        if (!hit.Answered)
        {
            return default;
        }

        var result = await GuardedAsync(db => db.ScriptEvaluateAsync(Read, keys, [(long)GenerationLifetime.TotalMilliseconds]), cancellationToken);
        if (result is null)
        {
            return default;
        }

        // The script always answers a pair.
        var parts = ((RedisResult[]?)result)!;
        return (long)parts[0] == 1
            ? new CachedMember(Entry((byte[])parts[1]!), null)
            : new CachedMember(null, (string?)parts[1]);
    }

    private static MemberEntry? Entry(byte[] json) => JsonSerializer.Deserialize(json, MemberEntryJson.Default.MemberEntry);

    /// <summary>Stores an entry read from the database after <see cref="GetAsync"/> gave this generation; false when refused.</summary>
    public async Task<bool> StoreAsync(MemberEntry entry, string generation, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, MemberEntryJson.Default.MemberEntry);
        var result = await GuardedAsync(
            db => db.ScriptEvaluateAsync(Store, Keys(entry.Member.Cin), [generation, json, (long)EntryLifetime.TotalMilliseconds]), cancellationToken);
        return result is not null && (long)result == 1;
    }

    /// <summary>The CIN of the member a MEDS ID or MBI was last found on: a hint only, since a correction may move it.</summary>
    public async Task<string?> FindCinAsync(string identifier, CancellationToken cancellationToken) =>
        await GuardedAsync(async db => (string?)await db.StringGetAsync(IdentifierKey(identifier)), cancellationToken);

    public Task RememberCinAsync(string identifier, string cin, CancellationToken cancellationToken) =>
        GuardedAsync(db => db.StringSetAsync(IdentifierKey(identifier), cin, GenerationLifetime), cancellationToken);

    /// <summary>
    /// Call after the transaction that changed these members commits. Never throws for Redis: false says the cache
    /// could not be told, and the MemberEligibilityChanged consumer (which retries) will do it.
    /// </summary>
    public async Task<bool> InvalidateAsync(IReadOnlyCollection<string> cins, CancellationToken cancellationToken)
    {
        try
        {
            var db = redis.GetDatabase();
            var ttl = (RedisValue)(long)GenerationLifetime.TotalMilliseconds;
            await Task.WhenAll(cins.Select(cin => db.ScriptEvaluateAsync(Invalidate, Keys(cin), [ttl]))).WaitAsync(InvalidationBudget, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Could not invalidate {Count} cached members, left to the MemberEligibilityChanged consumer: {Reason}",
                cins.Count, exception.Message);
            return false;
        }
    }

    private async Task<T?> GuardedAsync<T>(Func<IDatabase, Task<T>> call, CancellationToken cancellationToken)
    {
        if (time.GetTimestamp() < Volatile.Read(ref pausedUntil))
        {
            return default;
        }

        try
        {
            return await call(redis.GetDatabase()).WaitAsync(ReadBudget, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisConnectionException)
        {
            // One warning per pause, not one per request, while Redis is away.
            var until = time.GetTimestamp() + (long)(Pause.TotalSeconds * time.TimestampFrequency);
            if (Interlocked.Exchange(ref pausedUntil, until) < time.GetTimestamp())
            {
                logger.LogWarning("Member cache unavailable, reading the database for {Pause}: {Reason}", Pause, exception.Message);
            }

            return default;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // A slow answer under load is a miss for this request only: pausing would send every lookup to the
            // database just when the process is busiest, and a busier process answers later still.
            logger.LogDebug("Member cache answered late, reading the database: {Reason}", exception.Message);
            return default;
        }
    }

    private RedisKey[] Keys(string cin) => [$"{prefix}:member:v1:{{{cin}}}", $"{prefix}:member-generation:{{{cin}}}"];

    private RedisKey IdentifierKey(string identifier) => $"{prefix}:member-id:{identifier}";
}

[JsonSerializable(typeof(MemberEntry))]
internal sealed partial class MemberEntryJson : JsonSerializerContext;
