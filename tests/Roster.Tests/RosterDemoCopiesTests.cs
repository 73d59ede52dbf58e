using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Roster.Seeding;
using Platform.ServiceDefaults;
using Platform.Synthetic;
using Xunit;

namespace Platform.Roster.Tests;

public sealed class RosterDemoCopiesTests(RosterFixture service) : IClassFixture<RosterFixture>
{
    private const int Size = 40;

    [Fact]
    public async Task RST_02_03_the_migrate_steps_demo_copies_hold_the_synthetic_plans_providers_and_members_with_every_id_once()
    {
        var plan = new SyntheticPlan(Size, SyntheticPlan.DemoSeed, TimeProvider.System.PlanToday());
        var withMbi = plan.Members().First(m => m.Mbi is not null);

        await SeedAsync();
        await SeedAsync();

        Assert.Equal((plan.Providers.Count, Size), await service.QueryAsync(async db => (await db.Providers.CountAsync(), await db.Members.CountAsync())));
        var copy = await service.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Cin == withMbi.Cin));
        Assert.Equal((withMbi.MedsId, withMbi.Mbi, withMbi.Spans.Count), (copy.MedsId, copy.Mbi, copy.Coverage.Count));
    }

    /// <summary>The seed as the migrate step runs it, with Roster:DemoPopulation set.</summary>
    private async Task SeedAsync()
    {
        await using var scope = service.Services.CreateAsyncScope();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(DemoCopies.DemoPopulationKey, $"{Size}")]).Build();
        await DemoCopies.SeedAsync(new WithConfiguration(scope.ServiceProvider, configuration), TestContext.Current.CancellationToken);
    }

    private sealed class WithConfiguration(IServiceProvider services, IConfiguration configuration) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IConfiguration) ? configuration : services.GetService(serviceType);
    }
}
