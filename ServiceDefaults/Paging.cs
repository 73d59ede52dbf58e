namespace Platform.ServiceDefaults;

/// <summary>
/// One page of a keyset-paginated list: pass <see cref="Next"/> back as "after" for the following page.
/// Keyset rather than offset so a page costs the same at row 10 and at row 10 million.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Reads one row more than asked to learn whether another page follows.</summary>
    public static Page<T> From(IReadOnlyList<T> rowsPlusOne, int limit, Func<T, string> key) =>
        rowsPlusOne.Count > limit
            ? new Page<T>(rowsPlusOne.Take(limit).ToList(), key(rowsPlusOne[limit - 1]))
            : new Page<T>(rowsPlusOne, null);

    public static bool IsValidLimit(int limit) => limit is >= 1 and <= MaxLimit;
}
