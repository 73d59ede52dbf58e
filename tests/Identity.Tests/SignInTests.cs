using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class SignInTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_01_a_signed_in_users_token_is_short_lived_and_carries_roles_permissions_office_and_collection_providers()
    {
        var session = await service.SignInAsync(DemoSeed.ProviderUser.Email.ToUpperInvariant());

        var token = new JsonWebToken(session.GetProperty("accessToken").GetString());
        Assert.InRange(token.ValidTo - token.ValidFrom, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        Assert.Equal([Roles.User], token.Claims.Where(c => c.Type == PlatformClaims.Role).Select(c => c.Value));
        Assert.Equal([DemoSeed.AnaheimPediatrician.Npi], token.Claims.Where(c => c.Type == PlatformClaims.Npi).Select(c => c.Value));
        Assert.Contains(token.Claims, c => c.Type == PlatformClaims.Permission && c.Value == Modules.Claims);
        Assert.True(token.TryGetClaim(PlatformClaims.Office, out _));
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task ACC_05_a_wrong_password_and_an_unknown_email_are_refused_alike()
    {
        using var client = service.CreateClient();

        using var wrong = await client.PostAsJsonAsync("/api/v1/sessions", new { email = DemoSeed.PlanStaff.Email, password = "not-the-password-at-all" }, Cancel);
        using var unknown = await client.PostAsJsonAsync("/api/v1/sessions", new { email = "nobody@nowhere.example", password = DemoSeed.Password }, Cancel);

        await wrong.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        await unknown.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task ACC_05_repeated_failures_lock_the_account_even_against_the_right_password()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        using var client = service.CreateClient();
        for (var attempt = 0; attempt < new IdentityOptions().LockoutThreshold; attempt++)
        {
            using var failed = await client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = $"guess-number-{attempt}" }, Cancel);
            await failed.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var locked = await client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = DemoSeed.Password }, Cancel);

        await locked.AssertRefusedAsync(HttpStatusCode.TooManyRequests, "locked_out");
        Assert.InRange(locked.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromMinutes(14), new IdentityOptions().LockoutDuration);
    }

    [Fact]
    public async Task ACC_05_a_deactivated_user_cannot_sign_in()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        await service.QueryAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, UserStatus.Deactivated)));
        using var client = service.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = DemoSeed.Password }, Cancel);

        await response.AssertRefusedAsync(HttpStatusCode.Unauthorized, "deactivated");
    }

    [Fact]
    public async Task ACC_05_a_password_an_administrator_handed_over_must_be_replaced_before_signing_in()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        await service.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.MustChangePassword, true)));
        using var client = service.CreateClient();
        const string chosen = "my own long passphrase 2026";

        using var refused = await client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = DemoSeed.Password }, Cancel);
        using var changed = await client.PostAsJsonAsync("/api/v1/account/password",
            new { email = user.Email, currentPassword = DemoSeed.Password, newPassword = chosen }, Cancel);
        using var signedIn = await client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = chosen }, Cancel);

        await refused.AssertRefusedAsync(HttpStatusCode.Forbidden, "password_change_required");
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.OK), (changed.StatusCode, signedIn.StatusCode));
    }

    [Theory]
    [InlineData("short")]
    [InlineData(DemoSeed.Password)]
    public async Task A_new_password_that_is_too_short_or_unchanged_is_a_problem_naming_newPassword(string newPassword)
    {
        using var client = service.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/account/password",
            new { email = DemoSeed.PlanStaff.Email, currentPassword = DemoSeed.Password, newPassword }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(Cancel);
        Assert.Equal(["newPassword"], problem!.Errors.Keys);
    }
}
