using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Tests.Units;

/// <summary>ACC-02: a token checked once is trusted again only while it is valid, and never for longer than a minute.</summary>
public sealed class CachingTokenHandlerTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private int keyLookups;

    [Fact]
    public async Task A_token_that_passed_is_not_checked_again_within_a_minute()
    {
        var handler = new CachingTokenHandler(time);
        var token = TestTokens.For(Roles.User, Modules.Members);

        var first = await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));
        time.Advance(TimeSpan.FromSeconds(59));
        var again = await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));
        time.Advance(TimeSpan.FromSeconds(2));
        var later = await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));

        Assert.True(first.IsValid && again.IsValid && later.IsValid);
        Assert.Equal(2, keyLookups);
    }

    [Fact]
    public async Task A_token_is_checked_again_once_it_has_expired()
    {
        var handler = new CachingTokenHandler(time);
        var token = TestTokens.Issue("soon-expired", [Roles.User], [], [], expires: time.GetUtcNow().UtcDateTime.AddSeconds(20));

        await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));
        time.Advance(TimeSpan.FromSeconds(21));
        await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));

        Assert.Equal(2, keyLookups);
    }

    [Fact]
    public async Task A_token_that_failed_is_never_remembered()
    {
        var handler = new CachingTokenHandler(time);
        var forged = TestTokens.Issue("forger", [Roles.Ea], [], [], key: TestTokens.NewKey("test-run"));

        var first = await handler.ValidateTokenAsync(forged, Parameters(TestTokens.Key));
        var second = await handler.ValidateTokenAsync(forged, Parameters(TestTokens.Key));

        Assert.False(first.IsValid || second.IsValid);
        Assert.Equal(2, keyLookups);
    }

    [Fact]
    public async Task Each_request_gets_its_own_identity()
    {
        var handler = new CachingTokenHandler(time);
        var token = TestTokens.For(Roles.User, Modules.Members);
        await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));

        var one = await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));
        one.ClaimsIdentity.AddClaim(new Claim(PlatformClaims.Role, Roles.Ea));
        var other = await handler.ValidateTokenAsync(token, Parameters(TestTokens.Key));

        Assert.False(other.ClaimsIdentity.HasClaim(PlatformClaims.Role, Roles.Ea));
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = new AuthOptions().Issuer,
        ValidAudience = new AuthOptions().Audience,
        IssuerSigningKeyResolver = (_, _, _, _) =>
        {
            keyLookups++;
            return [key];
        },
    };
}
