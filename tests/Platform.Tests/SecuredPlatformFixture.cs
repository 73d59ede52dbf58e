using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Platform.Eligibility.Data;
using Platform.Eligibility.Members;
using Platform.Identity.Seed;
using Platform.Referral.Data;
using Platform.Referral.Directory;
using Platform.Referral.Members;
using Platform.Roster.Data;
using Platform.Roster.Members;
using RosterDirectoryProvider = Platform.Roster.Directory.DirectoryProvider;
using Platform.Reporting.Data;
using Platform.Reporting.Directory;
using Platform.Testing;
using Xunit;

namespace Platform.Tests;

/// <summary>Who calls in the access tests: nobody, each demo person (DemoSeed) and the demo partner client.</summary>
public enum Persona
{
    Anonymous,
    User,
    HarborLoa,
    CoastLoa,
    Ea,
    PlanStaff,
    Partner,
}

/// <summary>
/// The platform with PHI of known owners: a claim billed by the demo user's own provider, one by another provider of
/// the same office, and one by the other office's provider for which the demo partner's network is responsible.
/// Every persona is signed in for real.
/// </summary>
public sealed class SecuredPlatformFixture : PlatformFixture
{
    private readonly Dictionary<Persona, string> tokens = [];

    /// <summary>Seals identity's signing keys, so a test can sign with the real key (an expired token, say).</summary>
    public string KeyEncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>All of it: the matrix and the hostile-input suite cover the partner APIs too.</summary>
    protected override IReadOnlySet<string>? Resources => null;

    /// <summary>Values that the matrix's paths name in braces: {claim:own}, {user:coastLoa}, …</summary>
    public Dictionary<string, string> Placeholders { get; } = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var anonymous = Gateway();
        foreach (var (persona, user) in People)
        {
            tokens[persona] = await SignIn.TokenAsync(anonymous, user);
        }

        tokens[Persona.Partner] = await SignIn.PartnerTokenAsync(anonymous);
        using var staff = Gateway(tokens[Persona.PlanStaff]);
        // The claims' member, enrolled through the feed so that claims hears of them as it would in production.
        var cin = TestData.Cin();
        (await staff.PostAsync("/api/eligibility/v1/enrollment-batches", TestClaims.Enrollment(cin))).EnsureSuccessStatusCode();
        Placeholders["claim:own"] = await FinalizedClaimAsync(staff, cin, DemoSeed.AnaheimPediatrician.Npi, network: null);
        Placeholders["claim:office"] = await FinalizedClaimAsync(staff, cin, DemoSeed.IrvinePediatrician.Npi, network: null);
        Placeholders["claim:partner"] = await FinalizedClaimAsync(staff, cin, DemoSeed.BehavioralTherapist.Npi, DemoSeed.PartnerNetwork);
        Placeholders["claim:missing"] = TestData.ClaimNumber();
        Placeholders["payment:own"] = await PaymentAsync(staff, DemoSeed.AnaheimPediatrician.Npi, Placeholders["claim:own"]);
        Placeholders["npi:own"] = DemoSeed.AnaheimPediatrician.Npi;
        Placeholders["npi:coast"] = DemoSeed.BehavioralTherapist.Npi;
        await AddMembersAsync();
        using var ea = Gateway(tokens[Persona.Ea]);
        Placeholders["user:coastLoa"] = await UserIdAsync(ea, DemoSeed.OrangeCoastLoa.Email);
        Placeholders["office:coast"] = await OfficeIdAsync(ea, DemoSeed.OrangeCoastTin);
        // The dispute service learns of finalized claims through RabbitMQ; the matrix starts once it has all three.
        foreach (var claim in new[] { "claim:own", "claim:office", "claim:partner" })
        {
            await Eventually.TrueAsync(async () =>
            {
                using var response = await ea.GetAsync($"/api/dispute/v1/disputable-claims/{Placeholders[claim]}");
                return response.IsSuccessStatusCode;
            });
        }

        using var provider = Gateway(tokens[Persona.User]);
        Placeholders["dispute:own"] = await DisputeAsync(provider, Placeholders["claim:own"]);
        // Routed to the partner's network (DSP-03), filed by the plan's administrator on the provider's behalf.
        Placeholders["dispute:partner"] = await DisputeAsync(ea, Placeholders["claim:partner"]);
        Placeholders["dispute:missing"] = "PDR999999999";
        Placeholders["attachment:own"] = await AttachmentAsync(provider, Placeholders["dispute:own"]);
        await AddReferralCopiesAsync();
        await AddRosterCopiesAsync();
        Placeholders["referral:own"] = await ReferralAsync(provider, Placeholders["member:own"], DemoSeed.AnaheimPediatrician.Npi);
        using var coast = Gateway(tokens[Persona.CoastLoa]);
        Placeholders["referral:partner"] = await ReferralAsync(coast, Placeholders["member:partner"], DemoSeed.BehavioralTherapist.Npi);
        Placeholders["referral:missing"] = "RF999999999";
        Placeholders["draft:missing"] = Guid.NewGuid().ToString();
        Placeholders["entry:missing"] = Guid.NewGuid().ToString();
        await AddReportingCopiesAsync();
        Placeholders["attestation:own"] = await AttestationAsync(provider, DemoSeed.AnaheimPediatrician.Npi);
        Placeholders["attestation:missing"] = Guid.NewGuid().ToString();
    }

    public HttpClient As(Persona persona) => persona == Persona.Anonymous ? Gateway() : Gateway(tokens[persona]);

    public string Resolve(string path) =>
        Placeholders.Aggregate(path, (resolved, placeholder) => resolved.Replace($"{{{placeholder.Key}}}", placeholder.Value, StringComparison.Ordinal));

    /// <summary>The matrix sends many calls per person; the rate limits have their own tests elsewhere.</summary>
    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Gateway__RateLimit__PermitsPerSecond", "1000").WithEnvironment("Gateway__RateLimit__Burst", "2000");
        // Every test calls from this machine's one address, the hostile suite with many failing sign-ins: the per-address
        // limit has its own tests (Identity.Tests) and here only the address it counts is checked.
        builder.CreateResourceBuilder<ProjectResource>("identity").WithEnvironment("Identity__KeyEncryptionKey", KeyEncryptionKey)
            .WithEnvironment("Identity__FailedSignInsPerAddress", "100000");
    }

    private static readonly (Persona, DemoUser)[] People =
    [
        (Persona.User, DemoSeed.ProviderUser), (Persona.HarborLoa, DemoSeed.HarborLoa), (Persona.CoastLoa, DemoSeed.OrangeCoastLoa),
        (Persona.Ea, DemoSeed.EnterpriseAdmin), (Persona.PlanStaff, DemoSeed.PlanStaff),
    ];

    private static async Task<string> FinalizedClaimAsync(HttpClient staff, string cin, string billingNpi, string? network)
    {
        var claimNumber = TestData.ClaimNumber();
        using var recorded = await TestClaims.RecordWhenKnownAsync(staff, TestClaims.IntakePath, TestClaims.Claim(claimNumber, cin, billingNpi, 120.00m, "2026-09-14", network));
        recorded.EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{TestClaims.IntakePath}/{claimNumber}/adjudication", TestClaims.Finalization(120.00m, 100.00m))).EnsureSuccessStatusCode();
        return claimNumber;
    }

    private static async Task<string> DisputeAsync(HttpClient caller, string claimNumber)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dispute/v1/disputes")
        {
            Content = JsonContent.Create(new
            {
                claimNumber, type = "Processing", description = "Paid below the contracted rate.", expectedOutcome = "Pay the contracted rate.",
                contact = new { name = "Ana Ortiz", email = "billing@office.example", phone = "7145550100" },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await caller.SendAsync(request);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disputeNumber").GetString()!;
    }

    /// <summary>DSP-05: a one-page PDF attached to the dispute, through the gateway's upload route.</summary>
    private static async Task<string> AttachmentAsync(HttpClient caller, string disputeNumber)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "eob.pdf" } };
        using var response = await caller.PostAsync($"/api/dispute/v1/disputes/{disputeNumber}/attachments", form);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetString()!;
    }

    private static async Task<string> PaymentAsync(HttpClient staff, string payeeNpi, string claimNumber)
    {
        var payment = new { method = "EFT", number = $"T{Guid.NewGuid():N}"[..20], paidOn = "2026-11-20", payeeNpi, payeeTin = TestClaims.Tin, claimNumbers = new[] { claimNumber } };
        using var response = await staff.PostAsJsonAsync("/api/claims/v1/payments", payment);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paymentId").GetString()!;
    }

    /// <summary>
    /// A member whose PCP is the demo user's own provider, and one of the demo partner's network whose PCP is the
    /// other office's. Written to the eligibility database directly: the enrollment feed that loads members is not
    /// in this test's subject.
    /// </summary>
    private async Task AddMembersAsync()
    {
        await using var db = new EligibilityDbContext(new DbContextOptionsBuilder<EligibilityDbContext>()
            .UseNpgsql(await App.GetConnectionStringAsync("eligibilitydb")).Options);
        var since = new DateOnly(2026, 1, 1);
        foreach (var (key, program, pcp) in new[]
        {
            ("own", "CCN", DemoSeed.AnaheimPediatrician.Npi), ("partner", DemoSeed.PartnerNetwork, DemoSeed.BehavioralTherapist.Npi),
        })
        {
            var member = new Member
            {
                Cin = TestData.Cin(), MedsId = TestData.MedsId(), FirstName = "Test", LastName = $"Member{key}",
                DateOfBirth = new DateOnly(1990, 5, 17), Sex = "F", PreferredLanguage = "English",
            };
            member.Spans.Add(new CoverageSpan { MemberCin = member.Cin, Program = program, PcpNpi = pcp, StartDate = since });
            db.Members.Add(member);
            Placeholders[$"member:{key}"] = member.Cin;
            Placeholders[$"dob:{key}"] = member.DateOfBirth.ToString("yyyy-MM-dd");
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The referral service's copies of the two members and their PCPs, and a community specialist to refer to
    /// (<c>{npi:specialist}</c>). Written directly: the copies' loading is not in this test's subject.
    /// </summary>
    private async Task AddReferralCopiesAsync()
    {
        await using var db = new ReferralDbContext(new DbContextOptionsBuilder<ReferralDbContext>()
            .UseNpgsql(await App.GetConnectionStringAsync("referraldb")).Options);
        Placeholders["npi:specialist"] = TestData.Npi();
        db.Providers.AddRange(
            new DirectoryProvider { Npi = DemoSeed.AnaheimPediatrician.Npi, Tin = DemoSeed.HarborTin, Name = "Ana Reyes, MD", Type = "PCP", Specialty = "Pediatrics", Networks = ["CCN"] },
            new DirectoryProvider { Npi = DemoSeed.BehavioralTherapist.Npi, Tin = DemoSeed.OrangeCoastTin, Name = "Dev Patel, BCBA", Type = "Behavioral Health",
                Specialty = "Applied Behavior Analysis", Networks = [DemoSeed.PartnerNetwork] },
            new DirectoryProvider { Npi = Placeholders["npi:specialist"], Tin = "339999999", Name = "Test Neurology", Type = "Specialist", Specialty = "Neurology",
                Networks = ["CCN", DemoSeed.PartnerNetwork] });
        foreach (var (key, program, pcp) in new[] { ("own", "CCN", DemoSeed.AnaheimPediatrician.Npi), ("partner", DemoSeed.PartnerNetwork, DemoSeed.BehavioralTherapist.Npi) })
        {
            db.Members.Add(new ReferralMember
            {
                Cin = Placeholders[$"member:{key}"], FirstName = "Test", LastName = $"Member{key}", DateOfBirth = new DateOnly(1990, 5, 17),
                Coverage = [new ReferralMemberCoverage("Medi-Cal", program, pcp, new DateOnly(2026, 1, 1), null)],
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The roster service's copies of the two members and of the two offices' providers the matrix names. Written directly, as referral's.</summary>
    private async Task AddRosterCopiesAsync()
    {
        await using var db = new RosterDbContext(new DbContextOptionsBuilder<RosterDbContext>()
            .UseNpgsql(await App.GetConnectionStringAsync("rosterdb")).Options);
        db.Providers.AddRange(
            new RosterDirectoryProvider { Npi = DemoSeed.AnaheimPediatrician.Npi, Tin = DemoSeed.HarborTin, Name = "Ana Reyes, MD", Type = "PCP", Specialty = "Pediatrics" },
            new RosterDirectoryProvider { Npi = DemoSeed.BehavioralTherapist.Npi, Tin = DemoSeed.OrangeCoastTin, Name = "Dev Patel, BCBA", Type = "Behavioral Health",
                Specialty = "Applied Behavior Analysis" });
        foreach (var (key, program, pcp) in new[] { ("own", "CCN", DemoSeed.AnaheimPediatrician.Npi), ("partner", DemoSeed.PartnerNetwork, DemoSeed.BehavioralTherapist.Npi) })
        {
            db.Members.Add(new RosterMember
            {
                Cin = Placeholders[$"member:{key}"], FirstName = "Test", LastName = $"Member{key}", DateOfBirth = new DateOnly(1990, 5, 17),
                Coverage = [new RosterMemberCoverage(program, pcp, new DateOnly(2026, 1, 1), null)],
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The reporting service's copy of the two demo providers the matrix names (RPT-04: their joining dates). Written
    /// directly: the directory copy's loading is not in this test's subject.
    /// </summary>
    private async Task AddReportingCopiesAsync()
    {
        await using var db = new ReportingDbContext(new DbContextOptionsBuilder<ReportingDbContext>()
            .UseNpgsql(await App.GetConnectionStringAsync("reportingdb")).Options);
        var joined = new DateOnly(2026, 1, 5);
        db.Providers.AddRange(
            new ReportingProvider { Npi = DemoSeed.AnaheimPediatrician.Npi, Tin = DemoSeed.HarborTin, Name = "Ana Reyes, MD", Type = "PCP", Specialty = "Pediatrics", Networks = ["CCN"], JoinedOn = joined },
            new ReportingProvider { Npi = DemoSeed.BehavioralTherapist.Npi, Tin = DemoSeed.OrangeCoastTin, Name = "Dev Patel, BCBA", Type = "Behavioral Health",
                Specialty = "Applied Behavior Analysis", Networks = ["CCN"], JoinedOn = joined });
        await db.SaveChangesAsync();
    }

    /// <summary>RPT-05: the provider's initial training attestation, started by the office; its id.</summary>
    private static async Task<string> AttestationAsync(HttpClient office, string npi)
    {
        using var response = await office.PostAsJsonAsync("/api/reporting/v1/attestations", new { npi, kind = "initial" });
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>An MRI referral to the specialist, from a draft, as the office would submit it (REF-01); approved at once (REF-12).</summary>
    private async Task<string> ReferralAsync(HttpClient office, string cin, string requestingNpi)
    {
        using var started = await office.PostAsync("/api/referral/v1/referral-drafts", null);
        var draftId = (await started.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await office.PutAsJsonAsync($"/api/referral/v1/referral-drafts/{draftId}/servicing-provider", new { npi = Placeholders["npi:specialist"] })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referral/v1/referrals")
        {
            Content = JsonContent.Create(new
            {
                draftId, cin, requestingNpi, serviceFrom = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"), diagnosisCodes = new[] { "R51.9" },
                lines = new[] { new { procedureCode = "70551", quantity = 1, placeOfService = "11" } },
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await office.SendAsync(request);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralNumber").GetString()!;
    }

    private static async Task<string> OfficeIdAsync(HttpClient ea, string tin)
    {
        var page = await ea.GetFromJsonAsync<JsonElement>("/api/identity/v1/admin/offices");
        return page.GetProperty("items").EnumerateArray().Single(office => office.GetProperty("tin").GetString() == tin).GetProperty("id").GetString()!;
    }

    private static async Task<string> UserIdAsync(HttpClient ea, string email)
    {
        var page = await ea.GetFromJsonAsync<JsonElement>($"/api/identity/v1/admin/users?search={Uri.EscapeDataString(email)}");
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}

[CollectionDefinition(Name)]
public sealed class SecuredPlatform : ICollectionFixture<SecuredPlatformFixture>
{
    public const string Name = "secured platform";
}
