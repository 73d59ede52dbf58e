using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Platform.Identity.Seed;
using Platform.Interop.Fhir;
using Platform.Testing;
using Platform.Tests;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>A member enrolled for a FHIR test, with the three identifiers a partner may search by.</summary>
public sealed record EnrolledMember(string Cin, string MedsId, string Mbi);

/// <summary>
/// Members and claims made as the plan makes them, through the gateway as plan staff: an enrollment batch
/// (enrollment/1) and the claims intake (TestClaims), so the FHIR API reads them from the owners' real APIs.
/// </summary>
public static class FhirTestMembers
{
    /// <summary>
    /// A member with Medi-Cal through CCN in 2025 (ended) and through <paramref name="program"/> since 2026-01-01
    /// (open): two spans, so two Coverages, one cancelled and one active.
    /// </summary>
    public static async Task<EnrolledMember> EnrollAsync(HttpClient staff, string program)
    {
        var member = new EnrolledMember(TestData.Cin(), TestData.MedsId(), TestData.Mbi());
        string[] lines =
        [
            JsonSerializer.Serialize(new { format = "enrollment/1", batchId = $"fhir-{Guid.NewGuid():N}" }),
            JsonSerializer.Serialize(new
            {
                kind = "member", cin = member.Cin, medsId = member.MedsId, mbi = member.Mbi, firstName = "Rosa", lastName = "Fhirtest",
                dateOfBirth = "1958-07-21", sex = "F", preferredLanguage = "Spanish",
            }),
            JsonSerializer.Serialize(new { kind = "span", cin = member.Cin, lineOfBusiness = "Medi-Cal", program = "CCN", startDate = "2025-01-01", endDate = "2025-12-31" }),
            JsonSerializer.Serialize(new { kind = "span", cin = member.Cin, lineOfBusiness = "Medi-Cal", program, startDate = "2026-01-01", shareOfCost = 35.00m }),
        ];
        using var response = await staff.PostAsync(
            "/api/eligibility/v1/enrollment-batches", new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"));
        var report = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        return member;
    }

    /// <summary>A one-line claim for the member routed to <paramref name="network"/>, recorded once claims knows the member.</summary>
    public static async Task<string> ClaimAsync(HttpClient staff, string cin, string serviceDate, string? network, decimal billed = 180.00m)
    {
        var claimNumber = TestData.ClaimNumber();
        using var recorded = await TestClaims.RecordWhenKnownAsync(
            staff, TestClaims.IntakePath, TestClaims.Claim(claimNumber, cin, DemoSeed.BehavioralTherapist.Npi, billed, serviceDate, network));
        recorded.EnsureSuccessStatusCode();
        return claimNumber;
    }

    public static async Task<HttpClient> StaffAsync(InteropFixture fixture)
    {
        using var anonymous = fixture.Gateway();
        return fixture.Gateway(await SignIn.TokenAsync(anonymous, DemoSeed.PlanStaff));
    }

    /// <summary>A FHIR answer of the expected status, as application/fhir+json, read as <typeparamref name="T"/> and valid FHIR R4.</summary>
    public static async Task<T> ReadAsync<T>(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK) where T : Resource
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode} {text}");
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var resource = JsonSerializer.Deserialize<T>(text, FhirJson.Options)!;
        FhirValidation.AssertValid(resource);
        if (resource is Bundle bundle)
        {
            foreach (var entry in Resources<Resource>(bundle))
            {
                FhirValidation.AssertValid(entry);
            }
        }

        return resource;
    }

    /// <summary>The resources of a Bundle's entries, each one there and of type <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<T> Resources<T>(Bundle bundle) where T : Resource =>
        [.. bundle.Entry.Select(entry => Assert.IsType<T>(entry.Resource, exactMatch: false))];

    /// <summary>An OperationOutcome of the status whose one issue names <paramref name="parameter"/>.</summary>
    public static async Task AssertInvalidAsync(HttpClient client, string path, string parameter)
    {
        var outcome = await ReadAsync<OperationOutcome>(client, path, HttpStatusCode.BadRequest);
        Assert.Contains(parameter, outcome.Issue.SelectMany(issue => issue.Expression));
    }
}
