using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.ServiceDefaults.Outbox;
using Platform.Testing;
using Platform.Identity.Admin;
using Platform.Identity.Seed;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>ACC-03 / EDU registration: every office has a site administrator, changed by designating another.</summary>
public sealed class SiteAdministratorTests(IdentityFixture service) : IClassFixture<IdentityFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACC_03_the_site_administrator_cannot_be_deactivated_until_another_is_designated()
    {
        var office = await service.NewOfficeAsync();
        var successor = await service.NewUserAsync(office.Id);
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        using var refused = await ea.PostAsync($"/api/v1/admin/users/{office.AdministratorId}/deactivation", null, Cancel);
        using var designated = await ea.PutAsJsonAsync($"/api/v1/admin/offices/{office.Id}/site-administrator", new { userId = successor.Id }, Cancel);
        using var deactivated = await ea.PostAsync($"/api/v1/admin/users/{office.AdministratorId}/deactivation", null, Cancel);

        await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(successor.Id, (await designated.Content.ReadFromJsonAsync<OfficeSummary>(Cancel))!.SiteAdministrator?.Id);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
    }

    [Fact]
    public async Task ACC_03_a_designated_site_administrator_gets_the_LOA_role_and_Admin_permission()
    {
        var office = await service.NewOfficeAsync();
        var successor = await service.NewUserAsync(office.Id);
        using var loa = await service.SignedInAsync(office.AdministratorEmail);

        using var designated = await loa.PutAsJsonAsync($"/api/v1/admin/offices/{office.Id}/site-administrator", new { userId = successor.Id }, Cancel);
        var details = await loa.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{successor.Id}", Cancel);
        using var successorClient = await service.SignedInAsync(successor.Email);
        var theirOffice = await successorClient.GetFromJsonAsync<Page<OfficeSummary>>("/api/v1/admin/offices", Cancel);

        Assert.Equal(HttpStatusCode.OK, designated.StatusCode);
        Assert.True(details!.IsSiteAdministrator);
        Assert.Equal([Roles.User, Roles.Loa], details.Roles);
        Assert.Contains(Modules.Admin, details.Permissions);
        Assert.Equal(successor.Email, Assert.Single(theirOffice!.Items).SiteAdministrator?.Email);
    }

    [Fact]
    public async Task ACC_03_DSP_06_a_designation_announces_the_offices_new_LOA_to_the_other_services()
    {
        var office = await service.NewOfficeAsync();
        var successor = await service.NewUserAsync(office.Id);
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);

        using var designated = await ea.PutAsJsonAsync($"/api/v1/admin/offices/{office.Id}/site-administrator", new { userId = successor.Id }, Cancel);

        designated.EnsureSuccessStatusCode();
        var change = Assert.Single(await AnnouncementsAsync(office.Id));
        Assert.Equal((successor.Id, successor.Email), (change.UserId, change.Email));
    }

    [Fact]
    public async Task DSP_06_a_service_that_asks_is_told_every_offices_LOA_again()
    {
        var office = await service.NewOfficeAsync();

        await service.Services.GetRequiredService<IBus>().Publish(new OfficeAdministratorsRequested("dispute", DateTimeOffset.UtcNow), Cancel);

        var change = await Eventually.ValueAsync(async () => (await AnnouncementsAsync(office.Id)).SingleOrDefault());
        Assert.Equal((office.AdministratorId, office.AdministratorEmail), (change.UserId, change.Email));
    }

    /// <summary>The office's LOA announcements committed to identity's outbox.</summary>
    private async Task<IReadOnlyList<OfficeSiteAdministratorChanged>> AnnouncementsAsync(Guid officeId)
    {
        var type = typeof(OfficeSiteAdministratorChanged).FullName! + ",";
        return await service.QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.StartsWith(type)).ToListAsync(Cancel))
            .Select(m => JsonSerializer.Deserialize<OfficeSiteAdministratorChanged>(m.Payload, JsonSerializerOptions.Web)!)
            .Where(change => change.OfficeId == officeId).ToList());
    }

    [Fact]
    public async Task ACC_03_only_an_active_user_of_the_office_can_be_designated()
    {
        var office = await service.NewOfficeAsync();
        var elsewhere = await service.NewOfficeAsync();
        var leaver = await service.NewUserAsync(office.Id);
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);
        (await ea.PostAsync($"/api/v1/admin/users/{leaver.Id}/deactivation", null, Cancel)).EnsureSuccessStatusCode();

        foreach (var candidate in new Guid?[] { elsewhere.AdministratorId, leaver.Id, Guid.NewGuid(), null })
        {
            using var response = await ea.PutAsJsonAsync($"/api/v1/admin/offices/{office.Id}/site-administrator", new { userId = candidate }, Cancel);
            await response.AssertInvalidAsync("userId");
        }
    }

    [Fact]
    public async Task ACC_03_the_site_administrator_keeps_the_LOA_role_and_the_Admin_permission()
    {
        var office = await service.NewOfficeAsync();
        using var ea = await service.SignedInAsync(DemoSeed.EnterpriseAdmin.Email);
        var administrator = await ea.GetFromJsonAsync<UserDetails>($"/api/v1/admin/users/{office.AdministratorId}", Cancel);

        using var demoted = await ea.PutAsJsonAsync($"/api/v1/admin/users/{office.AdministratorId}/access",
            new { roles = new[] { Roles.User }, permissions = administrator!.Permissions, collectionIds = administrator.Collections.Select(c => c.Id), version = administrator.Version }, Cancel);
        using var withoutAdmin = await ea.PutAsJsonAsync($"/api/v1/admin/users/{office.AdministratorId}/access",
            new { roles = administrator.Roles, permissions = administrator.Permissions.Except([Modules.Admin]), collectionIds = administrator.Collections.Select(c => c.Id), version = administrator.Version }, Cancel);

        await demoted.AssertProblemAsync(HttpStatusCode.Conflict);
        await withoutAdmin.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
