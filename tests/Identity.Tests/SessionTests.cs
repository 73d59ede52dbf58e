using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

public sealed class SessionTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_refresh_token_gives_a_new_pair_once_and_its_reuse_ends_the_whole_session()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        var first = RefreshToken(await service.SignInAsync(user.Email));
        using var client = service.CreateClient();

        using var refreshed = await RefreshAsync(client, first);
        var second = RefreshToken(await refreshed.Content.ReadFromJsonAsync<JsonElement>(Cancel));
        using var replayed = await RefreshAsync(client, first);
        using var afterReplay = await RefreshAsync(client, second);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        await replayed.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_grant");
        await afterReplay.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_grant");
    }

    [Fact]
    public async Task Signing_out_revokes_the_refresh_token()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        var refresh = RefreshToken(await service.SignInAsync(user.Email));
        using var client = service.CreateClient();

        using var signOut = await client.PostAsJsonAsync("/api/v1/sessions/revocation", new { refreshToken = refresh }, Cancel);
        using var after = await RefreshAsync(client, refresh);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        await after.AssertRefusedAsync(HttpStatusCode.Unauthorized, "invalid_grant");
    }

    [Fact]
    public async Task ACC_05_a_user_deactivated_mid_session_can_neither_refresh_nor_use_who_am_I()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        var session = await service.SignInAsync(user.Email);
        using var signedIn = service.ClientWith(session.GetProperty("accessToken").GetString()!);
        await service.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, UserStatus.Deactivated)));

        using var refresh = await RefreshAsync(service.CreateClient(), RefreshToken(session));
        using var me = await signedIn.GetAsync("/api/v1/me", Cancel);

        await refresh.AssertRefusedAsync(HttpStatusCode.Unauthorized, "deactivated");
        await me.AssertRefusedAsync(HttpStatusCode.Unauthorized, "deactivated");
    }

    [Fact]
    public async Task A_refresh_picks_up_access_changed_since_sign_in()
    {
        var user = await service.CreateUserAsync(Roles.User, Modules.Members);
        var session = await service.SignInAsync(user.Email);
        await service.QueryAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Permissions, new List<string> { Modules.Members, Modules.Claims })));

        using var refreshed = await RefreshAsync(service.CreateClient(), RefreshToken(session));
        using var client = service.ClientWith((await refreshed.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString()!);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Cancel);

        Assert.Equal([Modules.Members, Modules.Claims], me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    private static string RefreshToken(JsonElement session) => session.GetProperty("refreshToken").GetString()!;

    private static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/sessions/refresh", new { refreshToken }, Cancel);
}
