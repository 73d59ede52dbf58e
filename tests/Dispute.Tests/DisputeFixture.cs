using Microsoft.AspNetCore.Hosting;
using Platform.Dispute.Data;
using Platform.Testing;

namespace Platform.Dispute.Tests;

public sealed class DisputeFixture() : ServiceFixture<Program, DisputeDbContext>("disputedb")
{
    /// <summary>A failing message is retried a few times, quickly, so a test sees it parked in seconds.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:RetryLimit", "2");
        builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
    }
}
