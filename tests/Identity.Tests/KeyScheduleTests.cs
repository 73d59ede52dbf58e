using Platform.Identity.Keys;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>The rotation schedule as a pure rule: a new key is published before it signs, an old one kept until its tokens expire.</summary>
public sealed class KeyScheduleTests
{
    private sealed record Key(string Id, DateTimeOffset ActivatesAt);

    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Rotation = TimeSpan.FromDays(30);
    private static readonly TimeSpan Ahead = TimeSpan.FromHours(1);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);

    private static DateTimeOffset? Next(IReadOnlyList<Key> keys, DateTimeOffset now) =>
        KeySchedule.NextActivation(keys, k => k.ActivatesAt, now, Rotation, Ahead);

    private static IEnumerable<string> Published(IReadOnlyList<Key> keys, DateTimeOffset now) =>
        KeySchedule.Published(keys, k => k.ActivatesAt, now, TokenLifetime).Select(k => k.Id);

    [Fact]
    public void Without_keys_the_first_one_signs_at_once() => Assert.Equal(T0, Next([], T0));

    [Fact]
    public void A_young_key_needs_no_successor() => Assert.Null(Next([new Key("a", T0)], T0 + Rotation - Ahead - TimeSpan.FromMinutes(1)));

    [Fact]
    public void Near_the_rotation_interval_a_successor_is_scheduled_one_publish_ahead_later()
    {
        var now = T0 + Rotation - Ahead;

        Assert.Equal(now + Ahead, Next([new Key("a", T0)], now));
        Assert.Null(Next([new Key("a", T0), new Key("b", now + Ahead)], now));
    }

    [Fact]
    public void A_waiting_key_is_published_but_does_not_sign_until_it_activates()
    {
        Key[] keys = [new("a", T0), new("b", T0 + Rotation)];

        Assert.Equal(["a", "b"], Published(keys, T0 + Rotation - Ahead));
        Assert.Equal("a", KeySchedule.Signing(keys, k => k.ActivatesAt, T0 + Rotation - TimeSpan.FromSeconds(1))!.Id);
        Assert.Equal("b", KeySchedule.Signing(keys, k => k.ActivatesAt, T0 + Rotation)!.Id);
    }

    [Fact]
    public void A_superseded_key_stays_published_until_its_last_token_has_expired()
    {
        Key[] keys = [new("a", T0), new("b", T0 + Rotation)];
        var lastTokenExpired = T0 + Rotation + TokenLifetime + KeySchedule.ClockSkew;

        Assert.Equal(["a", "b"], Published(keys, lastTokenExpired - TimeSpan.FromSeconds(1)));
        Assert.Equal(["b"], Published(keys, lastTokenExpired));
    }
}
