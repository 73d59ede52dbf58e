using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Eligibility;
using Platform.Reporting.Seeding;
using Platform.ServiceDefaults.Outbox;
using Platform.Synthetic;
using Platform.Testing;
using Xunit;

namespace Platform.Reporting.Tests;

public sealed class MemberCopyTests(ReportingFixture service) : IClassFixture<ReportingFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ELG_08_a_member_announced_by_eligibility_is_copied_and_a_newer_change_replaces_it()
    {
        var cin = TestData.Cin();
        var pcp = TestData.Npi();
        var ended = new CoverageSnapshot("Medi-Cal", "CCN", pcp, 0m, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IBus>();
            await bus.Publish(new MemberEligibilityChanged(cin, 2, "Lee", "Wong", new DateOnly(1980, 2, 2), [ended], "batch-2", DateTimeOffset.UtcNow), Cancellation);
            await Eventually.TrueAsync(() => service.QueryAsync(db => db.Members.AnyAsync(m => m.Cin == cin)));
            // An older message arriving late leaves the newer copy as it is.
            await bus.Publish(new MemberEligibilityChanged(cin, 1, "Lee", "Old", new DateOnly(1980, 2, 2), [ended with { EndDate = null }], "batch-1", DateTimeOffset.UtcNow), Cancellation);
        }

        // Both messages applied (the class's database receives no others): the inbox records each one consumed.
        await Eventually.TrueAsync(async () => await service.QueryAsync(db => db.Set<InboxMessage>().CountAsync()) >= 2);
        var member = await service.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Cin == cin));
        Assert.Equal(("Wong", 2L), (member.LastName, member.Version));
        var coverage = Assert.Single(member.Coverage);
        Assert.Equal((pcp, new DateOnly(2026, 6, 30)), (coverage.PcpNpi, coverage.EndDate));
    }

    [Fact]
    public void RPT_04_the_directory_copy_keeps_each_providers_joining_date()
    {
        var plan = new SyntheticPlan(500, SyntheticPlan.DemoSeed, new DateOnly(2026, 12, 7));
        var provider = plan.Providers[^1];

        var copy = DemoCopies.ProviderOf(provider);

        Assert.Equal((provider.Npi, provider.Tin, provider.JoinedOn, "Behavioral Health"), (copy.Npi, copy.Tin, copy.JoinedOn, copy.Type));
    }
}
