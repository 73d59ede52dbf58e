using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Admin;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-03: an LOA administers their own office only, an EA every office; the rest of the plan answers 404.</summary>
public sealed class AdminScopeTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_03_an_LOA_lists_the_users_of_their_own_office_and_no_one_else()
    {
        var harbor = await service.OfficeIdAsync(DemoSeed.HarborTin);
        using var loa = await service.SignedInAsync(DemoSeed.HarborLoa.Email);

        var users = await loa.GetFromJsonAsync<Page<UserSummary>>("/api/v1/admin/users", Cancel);

        Assert.All(users!.Items, user => Assert.Equal(harbor, user.OfficeId));
        Assert.Contains(users.Items, user => user.Email == DemoSeed.ProviderUser.Email);
        Assert.DoesNotContain(users.Items, user => user.Email == DemoSeed.OrangeCoastLoa.Email || user.Email == DemoSeed.EnterpriseAdmin.Email);
    }

    [Fact]
    public async Task ACC_03_everything_of_another_office_answers_404_to_an_LOA()
    {
        var coast = await service.OfficeIdAsync(DemoSeed.OrangeCoastTin);
        var coastLoa = await service.UserIdAsync(DemoSeed.OrangeCoastLoa.Email);
        using var loa = await service.SignedInAsync(DemoSeed.HarborLoa.Email);

        HttpResponseMessage[] answers =
        [
            await loa.GetAsync($"/api/v1/admin/users/{coastLoa}", Cancel),
            await loa.GetAsync($"/api/v1/admin/users?officeId={coast}", Cancel),
            await loa.GetAsync($"/api/v1/admin/offices/{coast}/collections", Cancel),
            await loa.PutAsJsonAsync($"/api/v1/admin/users/{coastLoa}/access", new { roles = new[] { Roles.User }, permissions = Array.Empty<string>(), collectionIds = Array.Empty<Guid>(), version = 1 }, Cancel),
            await loa.PostAsync($"/api/v1/admin/users/{coastLoa}/deactivation", null, Cancel),
            await loa.PostAsync($"/api/v1/admin/users/{coastLoa}/reactivation", null, Cancel),
            await loa.PutAsJsonAsync($"/api/v1/admin/offices/{coast}/site-administrator", new { userId = coastLoa }, Cancel),
            await loa.PostAsJsonAsync("/api/v1/admin/users",
                new { email = AdminTestData.Email(), name = "Someone", officeId = coast, roles = new[] { Roles.User } }, Cancel),
        ];

        foreach (var answer in answers)
        {
            await answer.AssertProblemAsync(HttpStatusCode.NotFound);
            answer.Dispose();
        }

        Assert.Equal(UserStatus.Active, await service.QueryAsync(db => db.Users.Where(u => u.Id == coastLoa).Select(u => u.Status).SingleAsync(Cancel)));
    }

    [Fact]
    public async Task ACC_03_an_EA_lists_the_users_of_every_office_and_of_one_office_on_request()
    {
        var coast = await service.OfficeIdAsync(DemoSeed.OrangeCoastTin);
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        var everyone = await ea.GetFromJsonAsync<Page<UserSummary>>($"/api/v1/admin/users?limit={Page<UserSummary>.MaxLimit}", Cancel);
        var coastOnly = await ea.GetFromJsonAsync<Page<UserSummary>>($"/api/v1/admin/users?officeId={coast}", Cancel);

        Assert.Subset(everyone!.Items.Select(u => u.Email).ToHashSet(), DemoSeed.Users.Select(u => u.Email).ToHashSet());
        Assert.All(coastOnly!.Items, user => Assert.Equal(coast, user.OfficeId));
        Assert.Contains(coastOnly.Items, user => user.Email == DemoSeed.OrangeCoastLoa.Email && user.IsSiteAdministrator);
    }

    [Fact]
    public async Task ACC_03_an_LOA_sees_their_own_office_and_an_EA_pages_through_every_office_once()
    {
        using var loa = await service.SignedInAsync(DemoSeed.HarborLoa.Email);
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        var loaOffices = await loa.GetFromJsonAsync<Page<OfficeSummary>>("/api/v1/admin/offices", Cancel);
        var (eaOffices, _) = await ea.EveryPageAsync<OfficeSummary>("/api/v1/admin/offices?limit=1");

        var harbor = Assert.Single(loaOffices!.Items);
        Assert.Equal(DemoSeed.HarborTin, harbor.Tin);
        Assert.Equal(DemoSeed.HarborLoa.Email, harbor.SiteAdministrator?.Email);
        Assert.Subset(eaOffices.Select(o => o.Tin).ToHashSet(), new HashSet<string> { DemoSeed.HarborTin, DemoSeed.OrangeCoastTin });
        Assert.Equal(eaOffices.Count, eaOffices.DistinctBy(o => o.Id).Count());
    }

    public static TheoryData<string> NotAdministrators => [DemoSeed.ProviderUser.Email, DemoSeed.PlanStaff.Email];

    [Theory]
    [MemberData(nameof(NotAdministrators))]
    public async Task ACC_03_only_an_LOA_or_EA_with_the_Admin_permission_may_use_the_admin_API(string email)
    {
        using var client = await service.SignedInAsync(email);

        using var response = await client.GetAsync("/api/v1/admin/users", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_the_admin_API_answers_401()
    {
        using var anonymous = service.CreateClient();

        using var response = await anonymous.GetAsync("/api/v1/admin/providers", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
