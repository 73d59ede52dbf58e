using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Eligibility.Data;
using Platform.Eligibility.Population;
using Xunit;

namespace Platform.Eligibility.Tests;

public sealed class DemoPopulationTests(EligibilityFixture service) : IClassFixture<EligibilityFixture>
{
    [Fact]
    public async Task The_migrate_step_loads_the_configured_demo_population_once_into_an_empty_members_table()
    {
        await MigrateStepAsync(new() { [PopulationCommands.DemoPopulationKey] = "40" });
        await MigrateStepAsync(new() { [PopulationCommands.DemoPopulationKey] = "60" });

        Assert.Equal(40, await service.QueryAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task Without_the_setting_the_migrate_step_loads_no_members()
    {
        await using var database = await Testing.TestDatabase.MigrateAsync<EligibilityDbContext>("eligibilitydb");

        await MigrateStepAsync([], database.CreateContext<EligibilityDbContext>);

        await using var db = database.CreateContext<EligibilityDbContext>();
        Assert.False(await db.Members.AnyAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The service's afterMigrate with only this configuration, against the fixture's database unless told.</summary>
    private async Task MigrateStepAsync(Dictionary<string, string?> settings, Func<EligibilityDbContext>? database = null)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddScoped(_ => (database ?? service.Database.CreateContext<EligibilityDbContext>)())
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await PopulationCommands.LoadDemoAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
    }
}
