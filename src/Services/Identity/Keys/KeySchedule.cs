namespace Platform.Identity.Keys;

/// <summary>When a signing key is published, signs, and is withdrawn: pure rules over the keys' activation times.</summary>
public static class KeySchedule
{
    /// <summary>Validators may see a token this long after its key was superseded (its lifetime plus clock skew).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>The newest key already active signs.</summary>
    public static T? Signing<T>(IEnumerable<T> keys, Func<T, DateTimeOffset> activatesAt, DateTimeOffset now) where T : class =>
        keys.Where(key => activatesAt(key) <= now).MaxBy(activatesAt);

    /// <summary>
    /// Published: every key not yet active, the signing key, and an older key until the last token it signed has
    /// expired (its successor activated more than a token lifetime plus skew ago).
    /// </summary>
    public static IReadOnlyList<T> Published<T>(IReadOnlyList<T> keys, Func<T, DateTimeOffset> activatesAt, DateTimeOffset now, TimeSpan tokenLifetime)
    {
        var ordered = keys.OrderBy(activatesAt).ToList();
        return ordered
            .Where((key, index) => index == ordered.Count - 1 || activatesAt(ordered[index + 1]) > now - tokenLifetime - ClockSkew)
            .ToList();
    }

    /// <summary>
    /// A new key is due when none signs yet (activate at once), or when the signing key is about to reach the rotation
    /// interval and no successor is waiting (activate after the publish-ahead time). Null: nothing to do.
    /// </summary>
    public static DateTimeOffset? NextActivation<T>(
        IReadOnlyList<T> keys, Func<T, DateTimeOffset> activatesAt, DateTimeOffset now, TimeSpan rotationInterval, TimeSpan publishAhead) where T : class
    {
        if (Signing(keys, activatesAt, now) is not { } signing)
        {
            return keys.Count == 0 ? now : null;
        }

        var waiting = keys.Any(key => activatesAt(key) > now);
        return !waiting && now >= activatesAt(signing) + rotationInterval - publishAhead ? now + publishAhead : null;
    }
}
