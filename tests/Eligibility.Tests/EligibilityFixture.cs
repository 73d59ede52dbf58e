using Microsoft.AspNetCore.Hosting;
using Platform.Eligibility.Data;
using Platform.Testing;

namespace Platform.Eligibility.Tests;

public sealed class EligibilityFixture() : ServiceFixture<Program, EligibilityDbContext>(EligibilityDbContext.ConnectionName);

/// <summary>The service with its Redis down: nothing listens at the cache's address.</summary>
public sealed class EligibilityWithoutRedisFixture() : ServiceFixture<Program, EligibilityDbContext>(EligibilityDbContext.ConnectionName)
{
    // The cache is the only dependency missing, so it reports Degraded once the bus is up.
    protected override string ReadyStatus => "Degraded";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:cache", "127.0.0.1:1");
    }
}

public static class EligibilityFixtures
{
    /// <summary>Inserts what a test builds (members with their spans, providers) straight into the service's database.</summary>
    public static Task SaveAsync(this ServiceFixture<Program, EligibilityDbContext> service, params object[] entities) => service.QueryAsync(db =>
    {
        db.AddRange(entities);
        return db.SaveChangesAsync();
    });
}
