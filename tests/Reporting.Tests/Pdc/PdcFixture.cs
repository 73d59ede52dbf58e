using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Reporting.Data;
using Platform.Testing;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>The reporting service with <see cref="PdcScenario"/>'s members and fills, its clock stopped on the scenario's report day.</summary>
public sealed class PdcFixture() : ServiceFixture<Program, ReportingDbContext>("reportingdb")
{
    public PdcScenario Scenario { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        await Scenario.SeedAsync(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(PdcScenario.ReportedAt)));
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
