using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Eligibility.Data;
using Platform.Eligibility.Providers;
using Platform.Identity.Seed;
using Platform.Interop.X12;
using Platform.Testing;
using Platform.Tests;
using Platform.X12;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>
/// Real-time X12 requests as a partner's system sends them, shaped as the implementation guides' examples (270:
/// 005010X279A1 §1.4 example, a payer, a provider, one subscriber with member id, DMG and DTP*291, EQ*30; 276:
/// 005010X212's, with payer, receiver, provider, subscriber and one claim's TRN/REF/AMT/DTP), written by X12Writer;
/// and the members and claims they ask about, made as the plan's staff make them.
/// </summary>
public static class X12Requests
{
    public static readonly X12Envelope Envelope = new(new X12Party("ZZ", "ALTAMED"), new X12Party("ZZ", "CALOPTIMA"), new(2026, 12, 7, 9, 30, 0, TimeSpan.FromHours(-8)), 905, 1, false);

    public static string Eligibility270(string memberId, string? serviceDate = null, string? birthDate = null, string lastName = "SMITH") =>
        Interchange("HS", "270", "005010X279A1",
        [
            "BHT*0022*13*10001234*20261207*1319",
            "HL*1**20*1",
            "NM1*PR*2*CALOPTIMA HEALTH*****PI*842610001",
            "HL*2*1*21*1",
            $"NM1*1P*2*HARBOR PEDIATRICS*****XX*{DemoSeed.AnaheimPediatrician.Npi}",
            "HL*3*2*22*0",
            "TRN*1*93175-012547*9877281234",
            $"NM1*IL*1*{lastName}*ROBERT****MI*{memberId}",
            .. birthDate is null ? Array.Empty<string>() : [$"DMG*D8*{birthDate}"],
            .. serviceDate is null ? Array.Empty<string>() : [$"DTP*291*D8*{serviceDate}"],
            "EQ*30",
        ]);

    public static string ClaimStatus276(string memberId, string? payerClaimNumber = null, string serviceDates = "20260914-20260914", string billed = "120", string? providerNpi = null) =>
        Interchange("HR", "276", "005010X212",
        [
            "BHT*0010*13*ABC276XXX*20261207*1425",
            "HL*1**20*1",
            "NM1*PR*2*CALOPTIMA HEALTH*****PI*842610001",
            "HL*2*1*21*1",
            "NM1*41*2*ALTAMED HEALTH SERVICES*****46*X67E",
            "HL*3*2*19*1",
            $"NM1*1P*2*ORANGE COAST BEHAVIORAL*****XX*{providerNpi ?? DemoSeed.BehavioralTherapist.Npi}",
            "HL*4*3*22*0",
            "DMG*D8*19840309",
            $"NM1*IL*1*CLAIMANT*TEST****MI*{memberId}",
            "TRN*1*ABCXYZ1",
            .. payerClaimNumber is null ? Array.Empty<string>() : [$"REF*1K*{payerClaimNumber}"],
            "REF*EJ*PATACCT01",
            $"AMT*T3*{billed}",
            $"DTP*472*RD8*{serviceDates}",
        ]);

    /// <summary>One transaction set in one group, in an interchange from the partner to the plan, segments as text.</summary>
    public static string Interchange(string functionalId, string setId, string version, IEnumerable<string> body) =>
        X12Writer.Write(Envelope, functionalId, version,
            [new X12OutgoingSet(setId, "1234", version, [.. body.Select(text => text.Split('*')).Select(parts => new X12Segment(parts[0], parts[1..]))])],
            X12Separators.Default);

    public static async Task<(HttpResponseMessage Response, List<string> Segments)> PostAsync(HttpClient client, string path, string interchange)
    {
        var response = await client.PostAsync(path, new StringContent(interchange, Encoding.UTF8, X12Body.MediaType), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, [.. text.Split('~', StringSplitOptions.RemoveEmptyEntries)]);
    }

    /// <summary>
    /// A new member through an enrollment/1 batch (ELG-08) with one span: line of business, program (a network code
    /// is ACC-06's partner network), PCP, share of cost and dates as given.
    /// </summary>
    public static async Task<string> EnrollAsync(HttpClient staff, string program = DemoSeed.PartnerNetwork, string? pcpNpi = null, decimal? shareOfCost = null,
        string startDate = "2026-01-01", string? endDate = null, string lineOfBusiness = "Medi-Cal", string lastName = "Eligible")
    {
        var cin = TestData.Cin();
        string[] lines =
        [
            JsonSerializer.Serialize(new { format = "enrollment/1", batchId = $"x12-{Guid.NewGuid():N}" }),
            JsonSerializer.Serialize(new { kind = "member", cin, medsId = TestData.MedsId(), firstName = "Rosa", lastName, dateOfBirth = "1984-03-09", sex = "F", preferredLanguage = "English" }),
            JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["kind"] = "span", ["cin"] = cin, ["lineOfBusiness"] = lineOfBusiness, ["program"] = program, ["startDate"] = startDate,
                ["endDate"] = endDate, ["pcpNpi"] = pcpNpi, ["shareOfCost"] = shareOfCost,
            }.Where(pair => pair.Value is not null).ToDictionary()),
        ];
        using var response = await staff.PostAsync("/api/eligibility/v1/enrollment-batches", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"));
        var report = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        return cin;
    }

    /// <summary>
    /// A PCP in eligibility's provider directory, contracting through <paramref name="networks"/>, so an enrollment
    /// may assign them (the directory comes from the synthetic population, which this platform runs without).
    /// </summary>
    public static async Task AddPcpAsync(InteropFixture fixture, DemoProvider pcp, params string[] networks)
    {
        await using var db = new EligibilityDbContext(new DbContextOptionsBuilder<EligibilityDbContext>()
            .UseNpgsql(await fixture.App.GetConnectionStringAsync("eligibilitydb")).Options);
        if (await db.Providers.FindAsync([pcp.Npi], TestContext.Current.CancellationToken) is { } known)
        {
            known.Networks.AddRange(networks.Except(known.Networks));
        }
        else
        {
            db.Providers.Add(new Provider
            {
                Npi = pcp.Npi, Tin = pcp.Tin, Name = pcp.Name, Type = ProviderType.Pcp, Specialty = "Pediatrics", Networks = [.. networks], JoinedOn = new DateOnly(2020, 1, 1),
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A claim of <paramref name="network"/>'s member, finalized at 100 of 120 billed and, when asked, paid by EFT on 2026-11-20.</summary>
    public static async Task<string> FinalizedClaimAsync(HttpClient staff, string cin, string billingNpi, string? network, bool paid)
    {
        var claimNumber = TestData.ClaimNumber();
        using var recorded = await TestClaims.RecordWhenKnownAsync(staff, TestClaims.IntakePath, TestClaims.Claim(claimNumber, cin, billingNpi, 120.00m, "2026-09-14", network));
        recorded.EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{TestClaims.IntakePath}/{claimNumber}/adjudication", TestClaims.Finalization(120.00m, 100.00m))).EnsureSuccessStatusCode();
        if (paid)
        {
            var payment = new { method = "EFT", number = PaymentNumber(claimNumber), paidOn = "2026-11-20", payeeNpi = billingNpi, payeeTin = TestClaims.Tin, claimNumbers = new[] { claimNumber } };
            (await staff.PostAsJsonAsync("/api/claims/v1/payments", payment)).EnsureSuccessStatusCode();
        }

        return claimNumber;
    }

    /// <summary>The EFT trace number <see cref="FinalizedClaimAsync"/> pays a claim with: its own, as payments are idempotent by number.</summary>
    public static string PaymentNumber(string claimNumber) => $"EFT{claimNumber[1..]}";

    public static async Task<HttpClient> StaffAsync(InteropFixture fixture)
    {
        using var anonymous = fixture.Gateway();
        return fixture.Gateway(await SignIn.TokenAsync(anonymous, DemoSeed.PlanStaff));
    }
}
