using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>
/// The platform as the Aspire AppHost runs it — its services after their migrate steps, the gateway and the web
/// app — against the local servers, with databases and a virtual host of its own. Process logs go to a file beside the tests.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    private TestPlatform platform = null!;

    public TestPlatform App => platform;

    /// <summary>The gateway's rate limit here, low enough for a test to reach.</summary>
    public const int RateLimitBurst = 40;

    /// <summary>
    /// Every service but the partner APIs, the gateway and the web app: the interop service is a facade over the others,
    /// tested end to end by Interop.Tests and, for access and hostile input, by <see cref="SecuredPlatformFixture"/>.
    /// </summary>
    public static readonly IReadOnlySet<string> CoreResources =
        new HashSet<string> { "identity", "eligibility", "referral", "claims", "dispute", "roster", "reporting", "gateway", "web" };

    /// <summary>What this fixture declares: <see cref="CoreResources"/>, or everything (null).</summary>
    protected virtual IReadOnlySet<string>? Resources => CoreResources;

    public virtual async ValueTask InitializeAsync() =>
        platform = await TestPlatform.StartAsync<Projects.AppHost>(GetType().Name, Resources, configure: builder =>
        {
            builder.CreateResourceBuilder<ProjectResource>("gateway")
                .WithEnvironment("Gateway__RateLimit__PermitsPerSecond", "10")
                .WithEnvironment("Gateway__RateLimit__Burst", RateLimitBurst.ToString());
            Configure(builder);
        });

    /// <summary>A fixture's own settings for the declared projects, applied before the platform starts.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    public HttpClient Gateway(string? token = null)
    {
        var client = App.CreateHttpClient("gateway");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A gateway client signed in as a demo user (DemoSeed), through the real sign-in.</summary>
    public async Task<HttpClient> SignedInAsync(DemoUser user)
    {
        using var anonymous = Gateway();
        return Gateway(await SignIn.TokenAsync(anonymous, user));
    }

    public async ValueTask DisposeAsync()
    {
        await platform.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One platform for the gateway and event-path tests: starting it is most of their time.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
