using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Reporting.Seeding;
using Platform.ServiceDefaults;
using Platform.Synthetic;
using Xunit;

namespace Platform.Reporting.Tests.Pdc;

public sealed class PharmacySeedTests(ReportingFixture service) : IClassFixture<ReportingFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RPT_03_seed_pharmacy_loads_the_plans_copies_and_fills_once()
    {
        await using var scope = service.Services.CreateAsyncScope();
        var command = SeedPharmacyCommand.SeedPharmacy;

        Assert.Equal(2, await command.RunAsync(scope.ServiceProvider, ["many"], Cancellation));
        Assert.Equal(0, await command.RunAsync(scope.ServiceProvider, ["300", "7"], Cancellation));
        await using (var again = service.Services.CreateAsyncScope())
        {
            // The fills table is no longer empty: a second load is refused.
            Assert.Equal(1, await command.RunAsync(again.ServiceProvider, ["300", "7"], Cancellation));
        }

        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().PlanToday();
        var plan = new SyntheticPlan(300, 7, today);
        var expected = new SyntheticPharmacy(plan, 7, today).Members().ToList();
        Assert.Equal(expected.Sum(m => m.Fills.Count), await service.QueryAsync(db => db.PharmacyFills.CountAsync(Cancellation)));
        Assert.Equal(expected.Sum(m => m.Exclusions.Count), await service.QueryAsync(db => db.MemberExclusions.CountAsync(Cancellation)));
        Assert.Equal(300, await service.QueryAsync(db => db.Members.CountAsync(Cancellation)));
    }
}
