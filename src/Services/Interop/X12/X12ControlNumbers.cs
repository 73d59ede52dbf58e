namespace Platform.Interop.X12;

/// <summary>
/// The control numbers of the interchanges this service sends (ISA13, nine digits; GS06 the same). A sender's
/// numbers need only differ between its recent interchanges, so one counter per process, started from the clock,
/// serves: each start begins past the last one's numbers unless it sent more than ten a second for its whole life.
/// </summary>
public static class X12ControlNumbers
{
    private const long Limit = 999_999_999;

    private static long last = DateTimeOffset.UtcNow.ToUnixTimeSeconds() * 10 % Limit;

    public static long Next() => Interlocked.Increment(ref last) % Limit + 1;
}
