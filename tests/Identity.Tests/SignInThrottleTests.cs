using System.Net;
using System.Net.Http.Json;
using Platform.Identity.Seed;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-05: failed sign-ins are limited per client address as well as per account (issue 13).</summary>
public sealed class SignInThrottleTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_05_an_address_that_keeps_failing_is_refused_even_the_right_password_while_others_sign_in()
    {
        var spraying = RandomAddress();
        var limit = new IdentityOptions().FailedSignInsPerAddress;
        for (var attempt = 0; attempt < limit; attempt++)
        {
            // A spray: a different (here unknown) account each time, so no account's own lockout is reached.
            using var failed = await SignInFromAsync(spraying, $"{Guid.NewGuid():N}@test.example", "Password1!");
            await failed.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var refused = await SignInFromAsync(spraying, DemoSeed.ProviderUser.Email, DemoSeed.Password);
        using var elsewhere = await SignInFromAsync(RandomAddress(), DemoSeed.ProviderUser.Email, DemoSeed.Password);

        await refused.AssertRefusedAsync(HttpStatusCode.TooManyRequests, "too_many_attempts");
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromMinutes(14), new IdentityOptions().AddressWindow);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ACC_05_the_password_change_counts_against_the_same_limit()
    {
        var address = RandomAddress();
        for (var attempt = 0; attempt < new IdentityOptions().FailedSignInsPerAddress; attempt++)
        {
            using var failed = await SignInFromAsync(address, $"{Guid.NewGuid():N}@test.example", "Password1!");
        }

        using var response = await PostFromAsync(address, "/api/v1/account/password",
            new { email = DemoSeed.ProviderUser.Email, currentPassword = "a guess", newPassword = "An0ther-long-password!" });

        await response.AssertRefusedAsync(HttpStatusCode.TooManyRequests, "too_many_attempts");
    }

    private Task<HttpResponseMessage> SignInFromAsync(IPAddress address, string email, string password) =>
        PostFromAsync(address, "/api/v1/sessions", new { email, password });

    private async Task<HttpResponseMessage> PostFromAsync(IPAddress address, string path, object body)
    {
        using var client = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdentityFixture.ClientAddressHeader, address.ToString());
        return await client.SendAsync(request, Cancel);
    }

    /// <summary>In IPv6's documentation prefix (2001:db8::/32, RFC 3849), 96 random bits: each test an address of its own.</summary>
    private static IPAddress RandomAddress()
    {
        var bytes = new byte[16];
        Random.Shared.NextBytes(bytes);
        (bytes[0], bytes[1], bytes[2], bytes[3]) = (0x20, 0x01, 0x0d, 0xb8);
        return new IPAddress(bytes);
    }
}
