using System.Net.Http.Headers;
using Platform.Testing;
using Platform.Tests;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>
/// The partner APIs as partners reach them: the interop service behind the gateway, with the services that own what
/// it publishes (eligibility, claims, referral) and identity, from the AppHost, on the local servers.
/// </summary>
public sealed class InteropFixture : IAsyncLifetime
{
    private TestPlatform platform = null!;

    public TestPlatform App => platform;

    /// <summary>The demo partner's token: network ALTAMED (ACC-06).</summary>
    public string PartnerToken { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        platform = await TestPlatform.StartAsync<Projects.AppHost>(
            nameof(InteropFixture), new HashSet<string> { "identity", "eligibility", "claims", "referral", "interop", "gateway" });
        using var anonymous = Gateway();
        PartnerToken = await SignIn.PartnerTokenAsync(anonymous);
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

    public async ValueTask DisposeAsync() => await platform.DisposeAsync();
}

/// <summary>One platform for every test of the partner APIs: starting it is most of their time.</summary>
[CollectionDefinition(Name)]
public sealed class InteropCollection : ICollectionFixture<InteropFixture>
{
    public const string Name = "interop";
}
