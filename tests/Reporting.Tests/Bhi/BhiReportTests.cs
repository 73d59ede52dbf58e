using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Reporting.Bhi;
using Platform.Reporting.Directory;
using Platform.Reporting.Members;
using Platform.Reporting.Pharmacy;
using Platform.ServiceDefaults.Auth;
using Platform.Testing;
using Xunit;

namespace Platform.Reporting.Tests.Bhi;

/// <summary>
/// RPT-01 through the API: a PCP's two depression patients in measurement year 2026 (intake May 2025 – April 2026, every
/// window closed by 2026-01-17): Ana continued seven months (both phases met), Ben stopped after three (acute only) and
/// was started by a psychiatrist; Cy, another PCP's patient in a health network, met both.
/// </summary>
public sealed class BhiReportTests(ReportingFixture service) : IClassFixture<ReportingFixture>
{
    private const string Network = "ALTAMED";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private sealed record World(string Pcp, string Psychiatrist, string OtherPcp, string Ana, string Ben, string Cy);

    private async Task<World> CreateAsync()
    {
        var world = new World(TestData.Npi(), TestData.Npi(), TestData.Npi(), TestData.Cin(), TestData.Cin(), TestData.Cin());
        var ipsd = new DateOnly(2025, 6, 1);
        await service.QueryAsync(db =>
        {
            db.Providers.AddRange(Provider(world.Pcp, "Lena Park, MD", "PCP"), Provider(world.Psychiatrist, "Omar Haddad, MD", "Psychiatry"), Provider(world.OtherPcp, "Rita Gomez, DO", "PCP"));
            db.Members.AddRange(Member(world.Ana, "Ana", world.Pcp, "CCN"), Member(world.Ben, "Ben", world.Pcp, "CCN"), Member(world.Cy, "Cy", world.OtherPcp, Network));
            db.PharmacyFills.AddRange(Monthly(world.Ana, ipsd, 7, world.Pcp));
            db.PharmacyFills.AddRange(Monthly(world.Ben, ipsd, 3, world.Psychiatrist));
            db.PharmacyFills.AddRange(Monthly(world.Cy, ipsd, 7, world.OtherPcp));
            db.DepressionDiagnoses.AddRange(new[] { world.Ana, world.Ben, world.Cy }.Select(cin => new DepressionDiagnosis { Cin = cin, DiagnosedOn = ipsd, Code = "F32.1" }));
            return db.SaveChangesAsync();
        });
        return world;
    }

    [Fact]
    public async Task RPT_01_by_provider_the_pcps_members_count_with_each_phases_rate()
    {
        var world = await CreateAsync();
        using var office = service.ClientWith(TestTokens.ForProviders([world.Pcp], Modules.Reports));

        var report = await office.GetFromJsonAsync<BhiReport>("/api/v1/bhi/providers?year=2026", Cancellation);

        Assert.Equal((BhiAttribution.Provider, new DateOnly(2025, 5, 1), new DateOnly(2026, 4, 30)), (report!.By, report.IntakeFrom, report.IntakeTo));
        var row = Assert.Single(report.Providers);
        Assert.Equal((world.Pcp, "Lena Park, MD", 2), (row.Npi, row.Name, row.Members));
        Assert.Equal(new BhiRate(2, 0, 1m), row.Acute);
        Assert.Equal(new BhiRate(1, 0, 0.5m), row.Continuation);
    }

    [Fact]
    public async Task RPT_01_by_prescriber_a_member_counts_for_whoever_wrote_the_index_prescription()
    {
        var world = await CreateAsync();
        using var psychiatry = service.ClientWith(TestTokens.ForProviders([world.Psychiatrist], Modules.Reports));
        using var pcpOffice = service.ClientWith(TestTokens.ForProviders([world.Pcp], Modules.Reports));

        var psychiatrist = await psychiatry.GetFromJsonAsync<BhiReport>($"/api/v1/bhi/providers?by=prescriber&year=2026&npi={world.Psychiatrist}", Cancellation);
        var pcp = await pcpOffice.GetFromJsonAsync<BhiReport>("/api/v1/bhi/providers?by=Prescriber&year=2026", Cancellation);
        var detail = await psychiatry.GetFromJsonAsync<BhiProviderReport>($"/api/v1/bhi/providers/{world.Psychiatrist}?by=prescriber&year=2026", Cancellation);

        Assert.Equal((world.Psychiatrist, 1), (Assert.Single(psychiatrist!.Providers).Npi, psychiatrist.Providers[0].Members));
        Assert.Equal((world.Pcp, 1), (Assert.Single(pcp!.Providers).Npi, pcp.Providers[0].Members));
        var ben = Assert.Single(detail!.Members);
        Assert.Equal((world.Ben, new DateOnly(2025, 6, 1), 90, "Met", 90, "Not met"),
            (ben.Cin, ben.IndexDate, ben.Acute.TreatmentDays, ben.Acute.Status, ben.Continuation.TreatmentDays, ben.Continuation.Status));
    }

    [Fact]
    public async Task ACC_01_another_offices_provider_is_not_found_and_a_partner_sees_its_networks_members_only()
    {
        var world = await CreateAsync();
        using var office = service.ClientWith(TestTokens.ForProviders([world.Pcp], Modules.Reports));
        using var partner = service.ClientWith(TestTokens.ForPartner(Network, Modules.Reports));

        using var other = await office.GetAsync($"/api/v1/bhi/providers/{world.OtherPcp}?year=2026", Cancellation);
        var networkView = await partner.GetFromJsonAsync<BhiReport>("/api/v1/bhi/providers?year=2026", Cancellation);
        var pcpForPartner = await partner.GetFromJsonAsync<BhiProviderReport>($"/api/v1/bhi/providers/{world.Pcp}?year=2026", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        // Other tests' worlds add their own network PCPs to the class's database: this world's CCN PCP is never among them.
        Assert.Contains(networkView!.Providers, p => p.Npi == world.OtherPcp);
        Assert.DoesNotContain(networkView.Providers, p => p.Npi == world.Pcp);
        Assert.Empty(pcpForPartner!.Members);
    }

    [Fact]
    public async Task ACC_05_a_providers_members_are_audited_before_they_are_sent()
    {
        var world = await CreateAsync();
        using var office = service.ClientWith(TestTokens.ForProviders([world.Pcp], Modules.Reports));

        var detail = await office.GetFromJsonAsync<BhiProviderReport>($"/api/v1/bhi/providers/{world.Pcp}?year=2026", Cancellation);

        var (_, entry) = Assert.Single(await service.QueryAsync(AuditOutbox.EntriesAsync), e => e.Entry.ResourceId == world.Pcp);
        Assert.Equal(detail!.Members.Select(m => m.Cin).Order(), entry.MemberIds.Order());
        Assert.Equal(2, entry.MemberIds.Count);
    }

    [Theory]
    [InlineData("/api/v1/bhi/providers?by=group", "by")]
    [InlineData("/api/v1/bhi/providers?by=1", "by")]
    [InlineData("/api/v1/bhi/providers?year=1999", "year")]
    [InlineData("/api/v1/bhi/providers?year=2100", "year")]
    [InlineData("/api/v1/bhi/providers?year=twenty", "year")]
    [InlineData("/api/v1/bhi/providers?npi=123", "npi")]
    [InlineData("/api/v1/bhi/providers?tin=12-34", "tin")]
    [InlineData("/api/v1/bhi/providers?limit=0", "limit")]
    [InlineData("/api/v1/bhi/providers/12345?year=2026", "npi")]
    public async Task RPT_01_bad_filters_are_problems_naming_the_field(string path, string field)
    {
        using var office = service.ClientWith(TestTokens.ForProviders([TestData.Npi()], Modules.Reports));

        using var response = await office.GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static ReportingProvider Provider(string npi, string name, string specialty) => new()
    {
        Npi = npi, Tin = "330009999", Name = name, Type = specialty == "PCP" ? "PCP" : "Behavioral Health", Specialty = specialty, Networks = ["CCN"],
        JoinedOn = new DateOnly(2020, 1, 1),
    };

    private static ReportingMember Member(string cin, string firstName, string pcp, string program) => new()
    {
        Cin = cin, FirstName = firstName, LastName = "Test", DateOfBirth = new DateOnly(1980, 3, 3),
        Coverage = [new ReportingMemberCoverage("Medi-Cal", program, pcp, new DateOnly(2020, 1, 1), null)],
    };

    private static IEnumerable<PharmacyFill> Monthly(string cin, DateOnly from, int count, string prescriber) =>
        Enumerable.Range(0, count).Select(i => new PharmacyFill
        {
            Id = Guid.CreateVersion7(), Cin = cin, FilledOn = from.AddDays(30 * i), Ndc = "99106000101", DrugName = "sertraline",
            DrugClass = DrugClasses.Antidepressants, Route = DrugRoute.Oral, DaysSupply = 30, Quantity = 30, PrescriberNpi = prescriber,
            PharmacyNpi = "1999999998", PharmacyName = "Test Pharmacy",
        });
}
