using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Testing;

namespace Platform.Web.Tests;

/// <summary>
/// Identity, eligibility (with a small synthetic population), referrals (with its copies of those members and providers), claims,
/// disputes, the gateway and the web app, as the AppHost runs
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
            nameof(PortalFixture), new HashSet<string> { "identity", "eligibility", "referral", "claims", "dispute", "reporting", "gateway", "web" }, settings: "Platform:DemoPopulation=300");
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
    /// REF-01/04: a member of the demo office's Anaheim pediatrician, covered since before yesterday with no end, as the
    /// referral service's copy of the demo population holds them.
    /// </summary>
    public Task<string> HarborMemberAsync() => ReferralScalarAsync($"""
        SELECT m."Cin" FROM members m, jsonb_array_elements(m."Coverage"::jsonb) c
        WHERE m."DateOfDeath" IS NULL AND c->>'PcpNpi' = '{DemoSeed.AnaheimPediatrician.Npi}' AND c->>'EndDate' IS NULL
          AND (c->>'StartDate')::date < current_date - 1
        ORDER BY m."Cin" LIMIT 1
        """);

    /// <summary>REF-06: a specialist of the directory the referral service holds, tertiary or a community one (not tertiary).</summary>
    public Task<string> SpecialistAsync(bool tertiary) => ReferralScalarAsync($"""
        SELECT "Npi" FROM providers WHERE "Type" = 'Specialist' AND "Tertiary" = {tertiary} ORDER BY "Npi" LIMIT 1
        """);

    /// <summary>REF-01/12: a referral the demo office user submits through the gateway (an MRI to a community specialist); its number.</summary>
    public async Task<string> SubmittedReferralAsync(int quantity)
    {
        var (cin, specialist) = (await HarborMemberAsync(), await SpecialistAsync(tertiary: false));
        using var office = await SignedInAsync(DemoSeed.ProviderUser.Email);
        using var started = await office.PostAsync("/api/referral/v1/referral-drafts", null);
        var draftId = (await started.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await office.PutAsJsonAsync($"/api/referral/v1/referral-drafts/{draftId}/servicing-provider", new { npi = specialist })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referral/v1/referrals")
        {
            Content = JsonContent.Create(new
            {
                draftId, cin, requestingNpi = DemoSeed.AnaheimPediatrician.Npi, serviceFrom = DateTime.UtcNow.AddHours(-8).ToString("yyyy-MM-dd"),
                diagnosisCodes = new[] { "G43.909" },
                lines = new[] { new { procedureCode = "70551", modifiers = Array.Empty<string>(), quantity, placeOfService = "22" } },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var submitted = await office.SendAsync(request);
        return (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralNumber").GetString()!;
    }

    private async Task<string> ReferralScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await platform.GetConnectionStringAsync("referraldb"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) as string
            ?? throw new InvalidOperationException($"The demo population has no row for: {sql}");
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

    /// <summary>An API client through the gateway as a demo person, signed in with their password.</summary>
    public async Task<HttpClient> SignedInAsync(string email)
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
