using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Data;
using Platform.Identity.Offices;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>An office made for one test, so what the test changes (its site administrator, its users) is its own.</summary>
public sealed record TestOffice(Guid Id, string Tin, IReadOnlyList<Provider> Providers, Guid CollectionId, string AdministratorEmail, Guid AdministratorId);

/// <summary>Builders for the administration tests: generated offices, providers and people, passwords from DemoSeed.</summary>
internal static class AdminTestData
{
    /// <summary>Nine digits from the platform's seeded generator (an NPI's stem).</summary>
    public static string Tin() => TestData.Npi()[..9];

    public static string Email(string who = "user") => $"{who}-{Guid.NewGuid():N}@office.example";

    /// <summary>An office with providers, an "All providers" collection and an active LOA as its site administrator.</summary>
    public static async Task<TestOffice> NewOfficeAsync(this IdentityFixture service, int providers = 3)
    {
        var tin = Tin();
        var office = new Office { Name = $"Test Office {tin}", Tin = tin };
        office.Providers.AddRange(Enumerable.Range(0, providers).Select(_ =>
        {
            var npi = TestData.Npi();
            return new Provider { Npi = npi, ProviderId = $"T{npi}", Name = $"Provider {npi}", Tin = tin, OfficeId = office.Id };
        }));
        var all = new Collection { OfficeId = office.Id, Name = "All providers", Providers = [.. office.Providers] };
        office.Collections.Add(all);
        await using var scope = service.Services.CreateAsyncScope();
        var administrator = Person(scope.ServiceProvider, office.Id, Roles.Loa, [.. Modules.All]);
        administrator.Collections.Add(all);
        office.SiteAdministratorId = administrator.Id;
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.Offices.Add(office);
        db.Users.Add(administrator);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new TestOffice(office.Id, tin, office.Providers, all.Id, administrator.Email, administrator.Id);
    }

    /// <summary>An active user of an office (or of the plan, without one) who signs in with the demo password.</summary>
    public static async Task<User> NewUserAsync(
        this IdentityFixture service, Guid? officeId, string role = Roles.User, string? name = null, string[]? permissions = null)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var user = Person(scope.ServiceProvider, officeId, role, permissions ?? [Modules.Members], name);
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return user;
    }

    private static User Person(IServiceProvider services, Guid? officeId, string role, string[] permissions, string? name = null)
    {
        var user = new User
        {
            Email = Email(role.ToLowerInvariant()), Name = name ?? $"Test {role} {Guid.NewGuid():N}", OfficeId = officeId,
            Roles = [role], Permissions = [.. permissions], CreatedAt = DateTimeOffset.UtcNow,
        };
        user.PasswordHash = services.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, DemoSeed.Password);
        return user;
    }

    public static Task<Guid> UserIdAsync(this IdentityFixture service, string email) =>
        service.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));

    public static Task<Guid> OfficeIdAsync(this IdentityFixture service, string tin) =>
        service.QueryAsync(db => db.Offices.Where(o => o.Tin == tin).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>Follows a keyset-paginated list to its end: every item and the number of pages it took.</summary>
    public static async Task<(List<T> Items, int Pages)> EveryPageAsync<T>(this HttpClient client, string firstPage)
    {
        var items = new List<T>();
        var pages = 0;
        string? next = null;
        do
        {
            var after = next is null ? "" : $"&after={Uri.EscapeDataString(next)}";
            var page = await client.GetFromJsonAsync<Page<T>>(firstPage + after, TestContext.Current.CancellationToken);
            items.AddRange(page!.Items);
            next = page.Next;
            pages++;
        }
        while (next is not null);
        return (items, pages);
    }

    /// <summary>Asserts an RFC 9457 answer with the status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts a 400 problem naming exactly these fields.</summary>
    public static async Task AssertInvalidAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(fields, problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }
}
