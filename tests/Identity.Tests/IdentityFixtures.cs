using Microsoft.AspNetCore.Hosting;
using Platform.Identity.Data;
using Platform.Testing;

namespace Platform.Identity.Tests;

public sealed class IdentityFixture() : ServiceFixture<Program, IdentityDbContext>("identitydb");

/// <summary>The same service configured as it runs anywhere but a developer's machine.</summary>
public sealed class ProductionIdentityFixture() : ServiceFixture<Program, IdentityDbContext>("identitydb")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
