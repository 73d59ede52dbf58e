using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Interop.Data;
using Platform.Interop.Seeding;
using Platform.ServiceDefaults;
using Platform.Synthetic;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>The demo run's member copy for the bulk export: the synthetic plan's members as eligibility's migrate step loads them.</summary>
[Collection(InteropCollection.Name)]
public sealed class DemoCopiesTests(InteropFixture fixture)
{
    [Fact]
    public async Task The_migrate_step_copies_the_demo_members_once_with_their_ids_and_coverage()
    {
        var connectionString = await fixture.App.GetConnectionStringAsync("interopdb");
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DemoCopies.DemoPopulationKey] = "25" }).Build())
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddDbContext<InteropDbContext>(options => options.UseNpgsql(connectionString))
            .BuildServiceProvider();
        var expected = new SyntheticPlan(25, SyntheticPlan.DemoSeed, TimeProvider.System.PlanToday()).Members().ToList();

        foreach (var _ in new[] { 1, 2 })
        {
            await using var scope = services.CreateAsyncScope();
            await DemoCopies.SeedAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
        }

        await using var check = services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<InteropDbContext>();
        var cins = expected.Select(m => m.Cin).ToList();
        var copies = await db.ExportMembers.AsNoTracking().Where(m => cins.Contains(m.Cin)).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(expected.Count, copies.Count);
        var first = copies.Single(m => m.Cin == expected[0].Cin);
        Assert.Equal((expected[0].MedsId, expected[0].Mbi, expected[0].Spans.Count), (first.MedsId, first.Mbi, first.Coverage.Count));
    }
}
