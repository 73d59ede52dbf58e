using System.Net;
using Hl7.Fhir.Model;
using Platform.Identity.Seed;
using Platform.Interop.Fhir;
using Xunit;
using static Platform.Interop.Tests.FhirTestMembers;

namespace Platform.Interop.Tests;

/// <summary>Issue 18, FHIR Patient and Coverage read and search by identifier, as a partner reaches them through the gateway.</summary>
[Collection(InteropCollection.Name)]
public sealed class FhirPatientCoverageTests(InteropFixture fixture) : IAsyncLifetime
{
    private HttpClient staff = null!;
    private EnrolledMember own = null!;
    private EnrolledMember otherNetwork = null!;

    public async ValueTask InitializeAsync()
    {
        staff = await StaffAsync(fixture);
        own = await EnrollAsync(staff, DemoSeed.PartnerNetwork);
        otherNetwork = await EnrollAsync(staff, "KAISER");
    }

    public ValueTask DisposeAsync()
    {
        staff.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Partner_reads_its_network_members_patient_by_cin_with_all_three_identifiers()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var patient = await ReadAsync<Patient>(partner, $"/api/fhir/r4/Patient/{own.Cin}");

        Assert.Equal(own.Cin, patient.Id);
        Assert.Equal("Fhirtest", Assert.Single(patient.Name).Family);
        Assert.Equal("1958-07-21", patient.BirthDate);
        Assert.Equal(AdministrativeGender.Female, patient.Gender);
        Assert.Equal(own.Cin, patient.Identifier.Single(id => id.System == FhirSystems.Cin).Value);
        Assert.Equal(own.MedsId, patient.Identifier.Single(id => id.System == FhirSystems.MedsId).Value);
        Assert.Equal(own.Mbi, patient.Identifier.Single(id => id.System == FhirSystems.Mbi).Value);
    }

    [Theory]
    [InlineData("cin", false)]
    [InlineData("cin", true)]
    [InlineData("meds", false)]
    [InlineData("meds", true)]
    [InlineData("mbi", false)]
    [InlineData("mbi", true)]
    public async Task ELG_01_partner_finds_its_network_members_patient_by_cin_meds_id_or_mbi_with_or_without_the_system(string kind, bool withSystem)
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var (system, value) = kind switch
        {
            "cin" => (FhirSystems.Cin, own.Cin),
            "meds" => (FhirSystems.MedsId, own.MedsId),
            _ => (FhirSystems.Mbi, own.Mbi),
        };
        var token = Uri.EscapeDataString(withSystem ? $"{system}|{value}" : value);

        var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/Patient?identifier={token}");

        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(1, bundle.Total);
        var entry = Assert.Single(bundle.Entry);
        Assert.Equal(own.Cin, entry.Resource!.Id);
        Assert.Equal(Bundle.SearchEntryMode.Match, entry.Search!.Mode);
        Assert.EndsWith($"/api/fhir/r4/Patient/{own.Cin}", entry.FullUrl);
        Assert.StartsWith("http", entry.FullUrl);
        Assert.Contains(bundle.Link, link => link.Relation == "self" && link.Url!.Contains("/api/fhir/r4/Patient?identifier="));
    }

    [Fact]
    public async Task Partner_gets_one_coverage_per_span_with_the_plan_as_payor_by_patient_beneficiary_and_identifier()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        foreach (var query in new[] { $"patient=Patient/{own.Cin}", $"beneficiary=Patient/{own.Cin}", $"identifier={own.Mbi}" })
        {
            var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/Coverage?{query}");

            var coverages = Resources<Coverage>(bundle).OrderBy(c => c.Period!.Start).ToList();
            Assert.Equal(2, coverages.Count);
            var (ended, current) = (coverages[0], coverages[1]);
            Assert.Equal($"{own.Cin}-MC-20250101", ended.Id);
            Assert.Equal(FinancialResourceStatusCodes.Cancelled, ended.Status);
            Assert.Equal("CCN", ended.Class.Single(c => c.Type!.Coding[0].Code == "group").Value);
            Assert.Equal($"{own.Cin}-MC-20260101", current.Id);
            Assert.Equal(FinancialResourceStatusCodes.Active, current.Status);
            Assert.Equal(DemoSeed.PartnerNetwork, current.Class.Single(c => c.Type!.Coding[0].Code == "group").Value);
            Assert.Equal("Medi-Cal", current.Class.Single(c => c.Type!.Coding[0].Code == "plan").Value);
            Assert.Equal(35.00m, Assert.Single(current.CostToBeneficiary).Value is Money money ? money.Value : null);
            Assert.Equal($"Patient/{own.Cin}", current.Beneficiary!.Reference);
            Assert.Equal(own.Cin, current.SubscriberId);
            // Every reference resolves: the payor is the plan Organization contained in the Coverage.
            var payor = Assert.Single(current.Payor).Reference;
            Assert.Contains(current.Contained, resource => $"#{resource.Id}" == payor && resource is Organization);
        }
    }

    [Fact]
    public async Task Partner_reads_one_coverage_by_its_id_and_an_unknown_span_is_not_found()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var coverage = await ReadAsync<Coverage>(partner, $"/api/fhir/r4/Coverage/{own.Cin}-MC-20260101");
        await ReadAsync<OperationOutcome>(partner, $"/api/fhir/r4/Coverage/{own.Cin}-MC-20240101", HttpStatusCode.NotFound);

        Assert.Equal("2026-01-01", coverage.Period!.Start);
    }

    // ACC-06: a partner sees only its network's members; the others are not found, and match nothing on search.
    [Fact]
    public async Task ACC_06_partner_gets_not_found_and_empty_bundles_for_a_member_of_another_network_whom_the_plan_sees()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        await ReadAsync<OperationOutcome>(partner, $"/api/fhir/r4/Patient/{otherNetwork.Cin}", HttpStatusCode.NotFound);
        await ReadAsync<OperationOutcome>(partner, $"/api/fhir/r4/Coverage/{otherNetwork.Cin}-MC-20260101", HttpStatusCode.NotFound);
        foreach (var search in new[]
        {
            $"Patient?identifier={otherNetwork.Cin}", $"Patient?identifier={otherNetwork.MedsId}", $"Patient?identifier={otherNetwork.Mbi}",
            $"Coverage?patient=Patient/{otherNetwork.Cin}",
        })
        {
            var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/{search}");
            Assert.Empty(bundle.Entry);
            Assert.Equal(0, bundle.Total);
        }

        // The member exists: the plan's staff, who see every member, read the same Patient.
        Assert.Equal(otherNetwork.Cin, (await ReadAsync<Patient>(staff, $"/api/fhir/r4/Patient/{otherNetwork.Cin}")).Id);
    }

    [Fact]
    public async Task An_unknown_identifier_system_matches_nothing()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/Patient?identifier={Uri.EscapeDataString($"urn:oid:2.16.840.1.113883.4.1|{own.Cin}")}");

        Assert.Empty(bundle.Entry);
    }

    [Theory]
    [InlineData("Patient?identifier=12AB")]
    [InlineData("Patient?identifier=https%3A%2F%2Fwww.caloptima.org%2Ffhir%2Fsid%2Fmeds-id%7C12345678A")]
    [InlineData("Patient")]
    [InlineData("Coverage?identifier=not-an-id")]
    public async Task A_bad_identifier_is_a_400_operation_outcome_naming_identifier(string search)
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        await AssertInvalidAsync(partner, $"/api/fhir/r4/{search}", "identifier");
    }

    [Fact]
    public async Task A_bad_patient_reference_is_a_400_naming_patient()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        await AssertInvalidAsync(partner, "/api/fhir/r4/Coverage?patient=Patient/xyz", "patient");
    }
}
