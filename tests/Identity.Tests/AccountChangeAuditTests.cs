using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class AccountChangeAuditTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_05_an_administrators_change_to_an_account_is_audited_naming_the_administrator()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        var loaToken = (await service.SignInAsync(DemoSeed.HarborLoa.Email)).GetProperty("accessToken").GetString()!;

        (await service.ClientWith(loaToken).PostAsync($"/api/v1/admin/users/{user.Id}/deactivation", null, Cancel)).EnsureSuccessStatusCode();

        var (_, entry) = Assert.Single(await service.QueryAsync(AuditOutbox.EntriesAsync), e => e.Entry.ResourceId == user.Id.ToString());
        Assert.Equal((AuditActions.Update, nameof(User), new JsonWebToken(loaToken).Subject), (entry.Action, entry.ResourceType, entry.UserId));
    }

    [Fact]
    public async Task ACC_05_a_password_change_is_audited_naming_the_person_whose_password_it_is()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        using var anonymous = service.CreateClient();

        (await anonymous.PostAsJsonAsync("/api/v1/account/password",
            new { email = user.Email, currentPassword = DemoSeed.Password, newPassword = "another long passphrase" }, Cancel)).EnsureSuccessStatusCode();

        var (_, entry) = Assert.Single(await service.QueryAsync(AuditOutbox.EntriesAsync), e => e.Entry.ResourceId == user.Id.ToString());
        Assert.Equal((AuditActions.Update, user.Id.ToString()), (entry.Action, entry.UserId));
    }
}
