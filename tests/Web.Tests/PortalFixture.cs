using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>
/// Identity, eligibility (with a small synthetic population), referral (the public PA metrics), claims, disputes, the gateway and the web app, as the AppHost runs
/// them on free ports, and Debian's Chromium driven by Playwright. The browser reaches the portal only through the gateway.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private TestPlatform platform = null!;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Portal => platform.GetEndpoint("gateway");

    public async ValueTask InitializeAsync()
    {
        platform = await TestPlatform.StartAsync<Projects.AppHost>(
            nameof(PortalFixture), new HashSet<string> { "identity", "eligibility", "referral", "claims", "dispute", "gateway", "web" }, settings: "Platform:DemoPopulation=300");
        playwright = await Playwright.CreateAsync();
        Browser = await TestBrowser.LaunchAsync(playwright);
    }

    /// <summary>A fresh browser profile (its own cookies) at desktop width, or at a phone's.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Portal.ToString(),
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A CIN of the loaded population, for a plan-wide user to look up.</summary>
    public async Task<string> AnyCinAsync()
    {
        await using var connection = new NpgsqlConnection(await platform.GetConnectionStringAsync("eligibilitydb"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("""SELECT "Cin" FROM members ORDER BY "Cin" LIMIT 1""", connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>
    /// A claim of a newly enrolled member, recorded and adjudicated through the gateway as plan staff would (the body
    /// and determination given as JSON); its claim number and CIN.
    /// </summary>
    public async Task<(string ClaimNumber, string Cin)> RecordedClaimAsync(Func<string, string, object> claim, object? determination)
    {
        using var staff = await StaffAsync();
        var (claimNumber, cin) = (TestData.ClaimNumber(), TestData.Cin());
        using var recorded = await TestClaims.EnrollAndRecordAsync(staff, claim(claimNumber, cin), cin);
        recorded.EnsureSuccessStatusCode();
        if (determination is not null)
        {
            (await staff.PostAsJsonAsync($"{TestClaims.IntakePath}/{claimNumber}/adjudication", determination)).EnsureSuccessStatusCode();
        }

        return (claimNumber, cin);
    }

    /// <summary>An EFT to the payee for determined claims, as the plan's payment system records it; its id and trace number.</summary>
    public async Task<(Guid PaymentId, string Number)> PaidAsync(string payeeNpi, params string[] claimNumbers)
    {
        using var staff = await StaffAsync();
        var number = $"EFT{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
        using var response = await staff.PostAsJsonAsync("/api/claims/v1/payments",
            new { method = "EFT", number, paidOn = "2026-11-20", payeeNpi, payeeTin = TestClaims.Tin, claimNumbers });
        var remittance = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return (remittance.GetProperty("paymentId").GetGuid(), number);
    }

    /// <summary>DSP-01/02: a dispute of the claim, filed through the gateway as the demo office user once it is disputable; its number.</summary>
    public async Task<string> FiledDisputeAsync(string claimNumber)
    {
        await DisputableAsync(claimNumber);
        using var office = await SignedInAsync(DemoSeed.ProviderUser.Email);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dispute/v1/disputes")
        {
            Content = JsonContent.Create(new
            {
                claimNumber, type = "Processing", description = "Line 1 was paid below the contracted rate.", expectedOutcome = "Pay the contracted rate.",
                contact = new { name = "Dana User", email = DemoSeed.ProviderUser.Email, phone = "(714) 555-0100" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var filed = await office.SendAsync(request);
        return (await filed.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disputeNumber").GetString()!;
    }

    /// <summary>CLM-05: waits for the dispute service to hold the finalized claim (ClaimFinalized arrives by event).</summary>
    public async Task DisputableAsync(string claimNumber)
    {
        using var office = await SignedInAsync(DemoSeed.ProviderUser.Email);
        await Eventually.TrueAsync(async () =>
        {
            using var claim = await office.GetAsync($"/api/dispute/v1/disputable-claims/{claimNumber}");
            return claim.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(60));
    }

    /// <summary>DSP-06: waits for the dispute service to acknowledge the dispute (a consumer does, moments after submission).</summary>
    public async Task AcknowledgedAsync(string disputeNumber)
    {
        using var office = await SignedInAsync(DemoSeed.ProviderUser.Email);
        await Eventually.TrueAsync(async () =>
        {
            var dispute = await office.GetFromJsonAsync<JsonElement>($"/api/dispute/v1/disputes/{disputeNumber}");
            return dispute.GetProperty("status").GetString() == "Acknowledged";
        }, TimeSpan.FromSeconds(60));
    }

    private Task<HttpClient> StaffAsync() => SignedInAsync(DemoSeed.PlanStaff.Email);

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = new HttpClient { BaseAddress = Portal };
        using var signIn = await client.PostAsJsonAsync("/api/identity/v1/sessions", new { email, password = DemoSeed.Password });
        var token = (await signIn.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await platform.DisposeAsync();
    }
}

/// <summary>One platform and one browser for every browser test: starting them is most of the tests' time.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
