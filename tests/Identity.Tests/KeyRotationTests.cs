using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Keys;
using Platform.Identity.Seed;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>An identity service whose keys rotate every few seconds, to watch a rotation happen.</summary>
public sealed class FastRotationIdentityFixture : IdentityFixture
{
    public static readonly TimeSpan Rotation = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan Ahead = TimeSpan.FromSeconds(2);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:KeyRotationInterval", Rotation.ToString());
        builder.UseSetting("Identity:KeyPublishAhead", Ahead.ToString());
    }
}

public sealed class KeyRotationTests(FastRotationIdentityFixture service) : IClassFixture<FastRotationIdentityFixture>
{
    [Fact]
    public async Task Keys_rotate_without_refusing_tokens_signed_before_the_rotation()
    {
        var store = service.Services.GetRequiredService<SigningKeyStore>();
        var before = (await service.SignInAsync(DemoSeed.PlanStaff.Email)).GetProperty("accessToken").GetString()!;
        var first = new JsonWebToken(before).Kid;

        // Past rotation interval − publish-ahead: the successor is published, and signs only once it activates.
        await Task.Delay(FastRotationIdentityFixture.Rotation - FastRotationIdentityFixture.Ahead, TestContext.Current.CancellationToken);
        var keys = await store.RotateAsync(TestContext.Current.CancellationToken);
        var successor = Assert.Single(keys, key => key.KeyId != first && key.ActivatesAt > DateTimeOffset.UtcNow);
        Assert.Contains(await store.PublishedAsync(TestContext.Current.CancellationToken), key => key.KeyId == successor.KeyId);
        await Task.Delay(successor.ActivatesAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        var after = new JsonWebToken((await service.SignInAsync(DemoSeed.PlanStaff.Email)).GetProperty("accessToken").GetString());
        using var stillAccepted = await service.ClientWith(before).GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(successor.KeyId, after.Kid);
        Assert.Equal(HttpStatusCode.OK, stillAccepted.StatusCode);
    }
}
