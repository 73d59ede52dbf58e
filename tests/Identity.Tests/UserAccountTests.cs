using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using Platform.Identity.Admin;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-02/03/05: creating users, changing their access, deactivating and reactivating them.</summary>
public sealed class UserAccountTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_05_a_created_user_must_change_the_one_time_password_before_signing_in()
    {
        var office = await service.NewOfficeAsync();
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        var email = AdminTestData.Email();

        using var created = await loa.PostAsJsonAsync("/api/v1/admin/users", new
        {
            email = email.ToUpperInvariant(), name = "New Colleague", roles = new[] { Roles.User },
            permissions = new[] { Modules.Members }, collectionIds = new[] { office.CollectionId },
        }, Cancel);
        var answer = await created.Content.ReadFromJsonAsync<CreatedUser>(Cancel);
        using var beforeChange = await SignInAsync(email, answer!.OneTimePassword);
        using var anonymous = service.CreateClient();
        using var change = await anonymous.PostAsJsonAsync("/api/v1/account/password",
            new { email, currentPassword = answer.OneTimePassword, newPassword = DemoSeed.Password }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/admin/users/{answer.User.Id}", created.Headers.Location?.OriginalString);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.Null(PasswordPolicy.Check(answer.OneTimePassword, email));
        Assert.Equal((email, office.Id), (answer.User.Email, answer.User.Office?.Id));
        Assert.Equal([office.CollectionId], answer.User.Collections.Select(c => c.Id));
        Assert.Equal("password_change_required", (await beforeChange.AssertProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.False(string.IsNullOrEmpty((await service.SignInAsync(email)).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task ACC_05_an_email_already_in_use_in_any_case_is_a_409_problem()
    {
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);
        var harbor = await service.OfficeIdAsync(DemoSeed.HarborTin);

        using var response = await ea.PostAsJsonAsync("/api/v1/admin/users",
            new { email = DemoSeed.ProviderUser.Email.ToUpperInvariant(), name = "Copy", officeId = harbor, roles = new[] { Roles.User } }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ACC_02_an_LOA_cannot_grant_EA_or_PlanStaff()
    {
        var office = await service.NewOfficeAsync();
        var user = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        var before = await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{user.Id}", Cancel);

        using var create = await loa.PostAsJsonAsync("/api/v1/admin/users",
            new { email = AdminTestData.Email(), name = "Would-be EA", roles = new[] { Roles.Ea } }, Cancel);
        using var change = await loa.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/access",
            new { roles = new[] { Roles.User, Roles.PlanStaff }, permissions = before!.Permissions, collectionIds = Array.Empty<Guid>(), version = before.Version }, Cancel);

        await create.AssertInvalidAsync("roles");
        await change.AssertInvalidAsync("roles");
        Assert.Equal([Roles.User], (await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{user.Id}", Cancel))!.Roles);
    }

    [Fact]
    public async Task ACC_02_plan_staff_belong_to_no_office_and_office_users_are_not_plan_staff()
    {
        var office = await service.NewOfficeAsync();
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        using var staffInOffice = await ea.PostAsJsonAsync("/api/v1/admin/users",
            new { email = AdminTestData.Email(), name = "Reviewer", officeId = office.Id, roles = new[] { Roles.PlanStaff } }, Cancel);
        using var officeRoleWithoutOffice = await ea.PostAsJsonAsync("/api/v1/admin/users",
            new { email = AdminTestData.Email(), name = "Nobody's user", roles = new[] { Roles.User } }, Cancel);
        using var staff = await ea.PostAsJsonAsync("/api/v1/admin/users",
            new { email = AdminTestData.Email(), name = "Reviewer", roles = new[] { Roles.PlanStaff }, permissions = new[] { Modules.Claims } }, Cancel);

        await staffInOffice.AssertInvalidAsync("roles");
        await officeRoleWithoutOffice.AssertInvalidAsync("roles");
        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        Assert.Null((await staff.Content.ReadFromJsonAsync<CreatedUser>(Cancel))!.User.Office);
    }

    [Fact]
    public async Task ACC_01_a_collection_of_another_office_is_refused_naming_collectionIds()
    {
        var office = await service.NewOfficeAsync();
        var elsewhere = await service.NewOfficeAsync();
        var user = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        var before = await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{user.Id}", Cancel);

        using var create = await loa.PostAsJsonAsync("/api/v1/admin/users",
            new { email = AdminTestData.Email(), name = "Borrower", roles = new[] { Roles.User }, collectionIds = new[] { elsewhere.CollectionId } }, Cancel);
        using var change = await loa.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/access",
            new { roles = before!.Roles, permissions = before.Permissions, collectionIds = new[] { office.CollectionId, elsewhere.CollectionId }, version = before.Version }, Cancel);

        await create.AssertInvalidAsync("collectionIds");
        await change.AssertInvalidAsync("collectionIds");
    }

    [Fact]
    public async Task Unknown_roles_and_modules_are_problems_naming_them()
    {
        var office = await service.NewOfficeAsync();
        using var loa = await service.SignedInAsync(office.AdministratorEmail);

        using var response = await loa.PostAsJsonAsync("/api/v1/admin/users",
            new { email = AdminTestData.Email(), name = "Typo", roles = new[] { Roles.Partner }, permissions = new[] { "Billing" } }, Cancel);

        await response.AssertInvalidAsync("roles", "permissions");
    }

    [Fact]
    public async Task ACC_03_an_LOA_changes_a_users_roles_permissions_and_collections_but_not_on_a_stale_read()
    {
        var office = await service.NewOfficeAsync();
        var user = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        var read = await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{user.Id}", Cancel);
        var access = new
        {
            roles = new[] { Roles.User, Roles.Loa }, permissions = new[] { Modules.Claims, Modules.Admin },
            collectionIds = new[] { office.CollectionId }, version = read!.Version,
        };

        using var changed = await loa.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/access", access, Cancel);
        using var stale = await loa.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/access", access with { roles = new[] { Roles.User } }, Cancel);

        var after = await changed.Content.ReadFromJsonAsync<UserDetails>(Cancel);
        Assert.Equal(access.roles, after!.Roles);
        Assert.Equal(access.permissions, after.Permissions);
        Assert.Equal(access.collectionIds, after.Collections.Select(c => c.Id));
        await stale.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ACC_05_a_deactivated_user_cannot_sign_in_and_their_refresh_token_stops_working()
    {
        var office = await service.NewOfficeAsync();
        var user = await service.NewUserAsync(office.Id);
        var session = await service.SignInAsync(user.Email);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);

        using var deactivated = await loa.PostAsync($"/api/v1/admin/users/{user.Id}/deactivation", null, Cancel);
        using var signIn = await SignInAsync(user.Email, DemoSeed.Password);
        using var anonymous = service.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/sessions/refresh",
            new { refreshToken = session.GetProperty("refreshToken").GetString() }, Cancel);

        var details = await deactivated.Content.ReadFromJsonAsync<UserDetails>(Cancel);
        Assert.Equal(UserStatus.Deactivated, details!.Status);
        Assert.NotNull(details.DeactivatedAt);
        Assert.Equal("deactivated", (await signIn.AssertProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("code").GetString());
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ACC_03_a_reactivated_user_signs_in_again()
    {
        var office = await service.NewOfficeAsync();
        var user = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        (await loa.PostAsync($"/api/v1/admin/users/{user.Id}/deactivation", null, Cancel)).EnsureSuccessStatusCode();

        using var reactivated = await loa.PostAsync($"/api/v1/admin/users/{user.Id}/reactivation", null, Cancel);

        Assert.Equal(UserStatus.Active, (await reactivated.Content.ReadFromJsonAsync<UserDetails>(Cancel))!.Status);
        Assert.False(string.IsNullOrEmpty((await service.SignInAsync(user.Email)).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task ACC_03_an_administrator_cannot_deactivate_their_own_account()
    {
        var ea = await service.NewUserAsync(officeId: null, Roles.Ea, permissions: [.. Modules.All]);
        using var client = await service.SignedInAsync(ea.Email);

        using var response = await client.PostAsync($"/api/v1/admin/users/{ea.Id}/deactivation", null, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        using var anonymous = service.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/v1/sessions", new { email, password }, Cancel);
    }

    [Fact]
    public async Task ACC_03_a_change_of_access_that_leaves_out_a_list_is_refused_naming_it_and_changes_nothing()
    {
        var office = await service.NewOfficeAsync();
        var user = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        var before = await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{user.Id}", Cancel);

        using var change = await loa.PutAsJsonAsync($"/api/v1/admin/users/{user.Id}/access", new { roles = before!.Roles, version = before.Version }, Cancel);

        await change.AssertInvalidAsync("permissions", "collectionIds");
        Assert.Equivalent(before, await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{user.Id}", Cancel));
    }

    [Theory]
    [InlineData("CreateUserRequest", new[] { "email", "name", "roles" })]
    [InlineData("ChangeUserAccessRequest", new[] { "roles", "permissions", "collectionIds", "version" })]
    public async Task The_OpenAPI_document_requires_exactly_what_validation_requires(string schema, string[] required)
    {
        using var anonymous = service.CreateClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancel);

        var declared = document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("required");
        Assert.Equivalent(required, declared.EnumerateArray().Select(field => field.GetString()));
    }
}
