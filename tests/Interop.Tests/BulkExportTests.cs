using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Seed;
using Platform.Interop.Fhir;
using Platform.Testing;
using Platform.Tests;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>
/// CMS-0057-F Provider Access through FHIR Bulk Data: a partner exports its network's attributed members (ACC-06) —
/// kick-off 202 with Content-Location, status polling, NDJSON per type, <c>_since</c> — and only it may read the files,
/// each download audited (ACC-05).
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class BulkExportTests(InteropFixture fixture) : IAsyncLifetime
{
    private const string ExportPath = $"/api/fhir/r4/Group/{DemoSeed.PartnerNetwork}/$export";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly string networkMember = TestData.Cin();
    private readonly string otherMember = TestData.Cin();
    private string networkClaim = "";
    private string staffToken = "";

    public async ValueTask InitializeAsync()
    {
        using var anonymous = fixture.Gateway();
        staffToken = await SignIn.TokenAsync(anonymous, DemoSeed.PlanStaff);
        using var staff = fixture.Gateway(staffToken);
        (await staff.PostAsync("/api/eligibility/v1/enrollment-batches", TestClaims.Enrollment(networkMember, "Exported", DemoSeed.PartnerNetwork), Cancel)).EnsureSuccessStatusCode();
        (await staff.PostAsync("/api/eligibility/v1/enrollment-batches", TestClaims.Enrollment(otherMember, "Elsewhere"), Cancel)).EnsureSuccessStatusCode();
        networkClaim = TestData.ClaimNumber();
        using var recorded = await TestClaims.RecordWhenKnownAsync(staff, TestClaims.IntakePath,
            TestClaims.Claim(networkClaim, networkMember, DemoSeed.BehavioralTherapist.Npi, 180.00m, "2026-09-14", DemoSeed.PartnerNetwork));
        recorded.EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{TestClaims.IntakePath}/{networkClaim}/adjudication", TestClaims.Finalization(180.00m, 150.00m), Cancel)).EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ACC_06_a_partner_exports_its_network_members_patients_coverage_and_claims_as_valid_ndjson()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        // The copies fill from eligibility's and claims' events: export once both have arrived.
        var resources = await Eventually.ValueAsync(async () =>
        {
            var exported = await ExportAsync(partner, "");
            return exported.OfType<ExplanationOfBenefit>().Any(e => e.Id == networkClaim) ? exported : null;
        });

        Assert.All(resources, FhirValidation.AssertValid);
        Assert.Contains(resources.OfType<Patient>(), p => p.Id == networkMember);
        Assert.Contains(resources.OfType<Coverage>(), c => c.Beneficiary.Reference == $"Patient/{networkMember}");
        // ACC-06: another network's (here CCN's) member is not the partner's to export.
        Assert.DoesNotContain(resources.OfType<Patient>(), p => p.Id == otherMember);
        Assert.DoesNotContain(resources.OfType<Coverage>(), c => c.Beneficiary.Reference == $"Patient/{otherMember}");
        var claim = Assert.Single(resources.OfType<ExplanationOfBenefit>(), e => e.Id == networkClaim);
        Assert.Equal($"Patient/{networkMember}", claim.Patient.Reference);
    }

    [Fact]
    public async Task Since_exports_only_what_changed_after_it_and_types_limit_the_files()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        await Eventually.ValueAsync(async () => (await ExportAsync(partner, "?_type=Patient")).OfType<Patient>().Any(p => p.Id == networkMember) ? "seen" : null);

        // To the millisecond: the member above changed before it, at most a moment ago (same machine, same clock).
        var since = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        var later = TestData.Cin();
        using var staff = fixture.Gateway(staffToken);
        (await staff.PostAsync("/api/eligibility/v1/enrollment-batches", TestClaims.Enrollment(later, "Later", DemoSeed.PartnerNetwork), Cancel)).EnsureSuccessStatusCode();
        var changed = await Eventually.ValueAsync(async () =>
        {
            var exported = await ExportAsync(partner, $"?_type=Patient&_since={Uri.EscapeDataString(since)}");
            return exported.OfType<Patient>().Any(p => p.Id == later) ? exported : null;
        });

        Assert.All(changed, resource => Assert.IsType<Patient>(resource));
        Assert.DoesNotContain(changed.OfType<Patient>(), p => p.Id == networkMember);
    }

    [Fact]
    public async Task Only_the_requester_sees_the_status_and_files_and_a_cancelled_export_is_gone()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        using var staff = fixture.Gateway(staffToken);
        var status = await KickOffAsync(partner, "?_type=Patient");
        var manifest = await ManifestAsync(partner, status);

        using var othersStatus = await staff.GetAsync(status, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, othersStatus.StatusCode);
        foreach (var url in Urls(manifest))
        {
            using var othersFile = await staff.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, othersFile.StatusCode);
        }

        using var cancelled = await partner.DeleteAsync(status, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, cancelled.StatusCode);
        using var after = await partner.GetAsync(status, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        foreach (var url in Urls(manifest))
        {
            using var file = await partner.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        }
    }

    [Fact]
    public async Task ACC_05_reading_a_file_is_audited_against_its_members_for_the_partner()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        await Eventually.ValueAsync(async () => (await ExportAsync(partner, "?_type=Patient")).OfType<Patient>().Any(p => p.Id == networkMember) ? "seen" : null);

        using var anonymous = fixture.Gateway();
        using var ea = fixture.Gateway(await SignIn.TokenAsync(anonymous, DemoSeed.EnterpriseAdmin));
        var subject = new JsonWebToken(fixture.PartnerToken).Subject;
        // ACC-05: the download's entry reaches identity's trail through the outbox and RabbitMQ.
        var entry = await Eventually.ValueAsync(async () =>
        {
            var page = await ea.GetFromJsonAsync<JsonElement>($"/api/identity/v1/audit-entries?userId={subject}&memberId={networkMember}", Cancel);
            return page.GetProperty("items").EnumerateArray().FirstOrDefault(item => item.GetProperty("service").GetString() == "interop") is { ValueKind: JsonValueKind.Object } found
                ? found.GetRawText()
                : null;
        });

        Assert.Contains("\"BulkExportPatient\"", entry);
    }

    [Theory]
    [InlineData("Group/ALTAMED/$export", null, "prefer")]
    [InlineData("Group/ALTAMED/$export?_type=Medication", "respond-async", "_type")]
    [InlineData("Group/ALTAMED/$export?_since=yesterday", "respond-async", "_since")]
    [InlineData("Group/ALTAMED/$export?_since=2026-01-01T00:00:00", "respond-async", "_since")]
    [InlineData("Group/ALTAMED/$export?_outputFormat=text/csv", "respond-async", "_outputFormat")]
    public async Task A_kick_off_the_server_cannot_run_is_a_400_operation_outcome_naming_the_parameter(string path, string? prefer, string parameter)
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/fhir/r4/{path}");
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        using var response = await partner.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = JsonSerializer.Deserialize<OperationOutcome>(await response.Content.ReadAsStringAsync(Cancel), FhirJson.Options)!;
        FhirValidation.AssertValid(outcome);
        Assert.Contains(outcome.Issue, issue => issue.Expression.Contains(parameter));
    }

    [Fact]
    public async Task ACC_06_another_networks_group_is_not_found_for_a_partner_nor_any_group_for_a_provider_office()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        using var anonymous = fixture.Gateway();
        using var office = fixture.Gateway(await SignIn.TokenAsync(anonymous, DemoSeed.ProviderUser));

        Assert.Equal(HttpStatusCode.NotFound, await KickOffStatusAsync(partner, "/api/fhir/r4/Group/CHOC/$export"));
        Assert.Equal(HttpStatusCode.NotFound, await KickOffStatusAsync(office, ExportPath));
    }

    [Fact]
    public async Task The_capability_statement_lists_the_group_export()
    {
        using var anonymous = fixture.Gateway();
        var statement = JsonSerializer.Deserialize<CapabilityStatement>(await anonymous.GetStringAsync("/api/fhir/r4/metadata", Cancel), FhirJson.Options)!;

        var group = Assert.Single(statement.Rest[0].Resource, resource => resource.Type == "Group");
        Assert.Equal("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export", Assert.Single(group.Operation, o => o.Name == "export").Definition);
    }

    private static async Task<HttpStatusCode> KickOffStatusAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Prefer", "respond-async");
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    /// <summary>Kicks off, waits for the manifest, reads every file and cancels the export (one in progress per requester).</summary>
    private static async Task<List<Resource>> ExportAsync(HttpClient partner, string query)
    {
        var status = await KickOffAsync(partner, query);
        var manifest = await ManifestAsync(partner, status);
        var resources = new List<Resource>();
        foreach (var url in Urls(manifest))
        {
            using var file = await partner.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("application/fhir+ndjson", file.Content.Headers.ContentType?.MediaType);
            var lines = (await file.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            resources.AddRange(lines.Select(line => JsonSerializer.Deserialize<Resource>(line, FhirJson.Options)!));
        }

        (await partner.DeleteAsync(status, Cancel)).Dispose();
        return resources;
    }

    private static async Task<string> KickOffAsync(HttpClient partner, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ExportPath + query);
        request.Headers.Add("Prefer", "respond-async");
        request.Headers.Add("Accept", FhirJson.MediaType);
        using var response = await partner.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
    }

    private static async Task<JsonElement> ManifestAsync(HttpClient partner, string status) => JsonDocument.Parse(await Eventually.ValueAsync(async () =>
    {
        using var response = await partner.GetAsync(status, Cancel);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            Assert.True(response.Headers.Contains("X-Progress"));
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    })).RootElement;

    private static IEnumerable<string> Urls(JsonElement manifest) =>
        manifest.GetProperty("output").EnumerateArray().Select(file => file.GetProperty("url").GetString()!);
}
