using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Data;
using Platform.Identity.Seed;
using Platform.Identity.Users;
using Platform.Testing;
using Xunit;

namespace Platform.Identity.Tests;

/// <summary>The identity service in process with the demo offices, users and partner client (DemoSeed).</summary>
public class IdentityFixture() : ServiceFixture<Program, IdentityDbContext>("identitydb")
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // As the migrate step does when Identity:SeedDemoData is set.
        await using var scope = Services.CreateAsyncScope();
        await DemoSeed.ApplyAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:SeedDemoData", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromTestHeader>());
        // Besides its own keys, trust the test run's key (TestTokens), as the other services' fixtures do.
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var ownKeys = jwt.TokenValidationParameters.IssuerSigningKeyResolver;
            jwt.TokenValidationParameters.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                [.. ownKeys(token, securityToken, kid, parameters), TestTokens.Key];
        }));
    }

    /// <summary>
    /// The in-process server has no sockets, so no client address: a request may name one in this header, as a
    /// connection from that address would (the per-address sign-in limits). Without it the address stays unknown.
    /// </summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private sealed class ClientAddressFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[ClientAddressHeader], out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }

    /// <summary>Signs in through the API and returns the whole session answer.</summary>
    public async Task<JsonElement> SignInAsync(string email, string password = DemoSeed.Password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/sessions", new { email, password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>A person of their own for a test that changes their account, so other tests' demo users stay as they are.</summary>
    public async Task<User> CreateUserAsync(string role, params string[] permissions)
    {
        var hasher = Services.GetRequiredService<IPasswordHasher<User>>();
        return await QueryAsync(async db =>
        {
            var collection = await db.Collections.Include(c => c.Providers).FirstAsync(c => c.Providers.Any(p => p.Npi == DemoSeed.AnaheimPediatrician.Npi));
            var user = new User
            {
                Email = $"{Guid.NewGuid():N}@test.example", Name = "Test Person", OfficeId = collection.OfficeId,
                Roles = [role], Permissions = [.. permissions], Collections = [collection], CreatedAt = DateTimeOffset.UtcNow,
            };
            user.PasswordHash = hasher.HashPassword(user, DemoSeed.Password);
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user;
        });
    }

    /// <summary>A client carrying the access token of a demo user (or any user with a password).</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = DemoSeed.Password) =>
        ClientWith((await SignInAsync(email, password)).GetProperty("accessToken").GetString()!);
}
