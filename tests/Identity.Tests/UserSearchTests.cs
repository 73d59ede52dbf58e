using System.Net.Http.Json;
using Platform.Identity.Admin;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-04 (R14 Collection Manager): users searched by name or email, filtered by status or role, in pages.</summary>
public sealed class UserSearchTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_04_users_are_found_by_a_part_of_their_name_or_email_in_any_case()
    {
        var office = await service.NewOfficeAsync();
        var nameMark = Guid.NewGuid().ToString("N")[..10];
        var byName = await service.NewUserAsync(office.Id, name: $"Marisol {nameMark} Quintero");
        var byEmail = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);

        var nameHits = await loa.GetFromJsonAsync<Page<UserSummary>>($"/api/v1/admin/users?search={nameMark.ToUpperInvariant()}", Cancel);
        var emailHits = await loa.GetFromJsonAsync<Page<UserSummary>>($"/api/v1/admin/users?search={byEmail.Email[5..20].ToUpperInvariant()}", Cancel);

        Assert.Equal([byName.Id], nameHits!.Items.Select(u => u.Id));
        Assert.Equal([byEmail.Id], emailHits!.Items.Select(u => u.Id));
    }

    [Fact]
    public async Task ACC_04_users_are_filtered_by_status_and_by_role()
    {
        var office = await service.NewOfficeAsync();
        var active = await service.NewUserAsync(office.Id);
        var leaver = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        (await loa.PostAsync($"/api/v1/admin/users/{leaver.Id}/deactivation", null, Cancel)).EnsureSuccessStatusCode();

        async Task<IEnumerable<Guid>> Ids(string query) =>
            (await loa.GetFromJsonAsync<Page<UserSummary>>($"/api/v1/admin/users?{query}", Cancel))!.Items.Select(u => u.Id);

        Assert.Equal([leaver.Id], await Ids($"status={UserStatus.Deactivated}"));
        Assert.Equal([office.AdministratorId], await Ids($"role={Roles.Loa}"));
        Assert.Equal([active.Id], await Ids($"status={UserStatus.Active}&role={Roles.User}"));
    }

    [Fact]
    public async Task ACC_04_paging_through_the_users_returns_every_user_once()
    {
        var office = await service.NewOfficeAsync();
        var users = new List<Guid> { office.AdministratorId };
        for (var i = 0; i < 4; i++)
        {
            users.Add((await service.NewUserAsync(office.Id)).Id);
        }

        using var loa = await service.SignedInAsync(office.AdministratorEmail);
        var (seen, pages) = await loa.EveryPageAsync<UserSummary>("/api/v1/admin/users?limit=2");

        Assert.Equal(3, pages);
        Assert.Equal(users.Order(), seen.Select(u => u.Id).Order());
        Assert.Equal(seen.Select(u => u.Email).Order(StringComparer.Ordinal), seen.Select(u => u.Email));
    }

    public static TheoryData<string, string> BadFilters => new()
    {
        { "status=Retired", "status" },
        { "status=7", "status" },
        { $"role={Roles.Partner}", "role" },
        { "limit=0", "limit" },
        { $"limit={Page<UserSummary>.MaxLimit + 1}", "limit" },
        { "officeId=not-a-guid", "officeId" },
    };

    [Theory]
    [MemberData(nameof(BadFilters))]
    public async Task A_bad_filter_is_a_problem_naming_it(string query, string field)
    {
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        using var response = await ea.GetAsync($"/api/v1/admin/users?{query}", Cancel);

        await response.AssertInvalidAsync(field);
    }
}
