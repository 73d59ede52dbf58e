using System.Net;
using System.Net.Http.Json;
using Hl7.Fhir.Model;
using Platform.Identity.Seed;
using Platform.Testing;
using Xunit;
using static Platform.Interop.Tests.FhirTestMembers;

namespace Platform.Interop.Tests;

/// <summary>Issue 18, CARIN BB ExplanationOfBenefit search by patient and date of service with paging, as a partner reaches it.</summary>
[Collection(InteropCollection.Name)]
public sealed class FhirExplanationOfBenefitTests(InteropFixture fixture) : IAsyncLifetime
{
    private HttpClient staff = null!;
    private EnrolledMember member = null!;
    private readonly List<string> inRange = [];
    private string before2026 = "";
    private string paid = "";

    public async ValueTask InitializeAsync()
    {
        staff = await StaffAsync(fixture);
        member = await EnrollAsync(staff, DemoSeed.PartnerNetwork);
        before2026 = await ClaimAsync(staff, member.Cin, "2025-06-02", DemoSeed.PartnerNetwork);
        foreach (var day in new[] { "2026-02-10", "2026-03-10", "2026-04-10" })
        {
            inRange.Add(await ClaimAsync(staff, member.Cin, day, DemoSeed.PartnerNetwork));
        }

        // The newest one finalized at $150 of $180 and paid, as the plan's payment run records it.
        paid = inRange[^1];
        (await staff.PostAsJsonAsync($"{TestClaims.IntakePath}/{paid}/adjudication", TestClaims.Finalization(180.00m, 150.00m))).EnsureSuccessStatusCode();
        var payment = new
        {
            method = "EFT", number = $"T{Guid.NewGuid():N}"[..20], paidOn = "2026-05-01", payeeNpi = DemoSeed.BehavioralTherapist.Npi,
            payeeTin = TestClaims.Tin, claimNumbers = new[] { paid },
        };
        (await staff.PostAsJsonAsync("/api/claims/v1/payments", payment)).EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync()
    {
        staff.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Partner_pages_its_network_members_claims_in_a_service_date_range_by_following_link_next()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var first = await ReadAsync<Bundle>(partner,
            $"/api/fhir/r4/ExplanationOfBenefit?patient=Patient/{member.Cin}&service-date=ge2026-01-01&service-date=le2026-12-31&_count=2");
        var next = first.Link.Single(link => link.Relation == "next").Url!;
        Assert.Contains("_cursor=", next);
        Assert.Contains("_count=2", next);
        Assert.DoesNotContain(member.Cin, next[next.IndexOf("_cursor=", StringComparison.Ordinal)..]);
        var second = await ReadAsync<Bundle>(partner, new Uri(next).PathAndQuery);

        Assert.Equal(2, first.Entry.Count);
        Assert.DoesNotContain(second.Link, link => link.Relation == "next");
        var claims = Resources<ExplanationOfBenefit>(first).Concat(Resources<ExplanationOfBenefit>(second)).ToList();
        // Newest service first, each claim once, the 2025 claim outside the range left out.
        Assert.Equal(inRange.AsEnumerable().Reverse(), claims.Select(eob => eob.Id));
        Assert.DoesNotContain(before2026, claims.Select(eob => eob.Id));
        Assert.All(claims, eob => Assert.Equal($"Patient/{member.Cin}", eob.Patient!.Reference));
        Assert.All(first.Entry.Concat(second.Entry), entry => Assert.EndsWith($"/api/fhir/r4/ExplanationOfBenefit/{entry.Resource!.Id}", entry.FullUrl));
    }

    [Fact]
    public async Task A_paid_claim_is_a_complete_eob_with_lines_totals_and_payment_and_a_received_one_is_queued()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/ExplanationOfBenefit?patient={member.Cin}&service-date=ge2026-01-01");
        var eobs = Resources<ExplanationOfBenefit>(bundle).ToDictionary(eob => eob.Id!);

        var complete = eobs[paid];
        Assert.Equal(ClaimProcessingCodes.Complete, complete.Outcome);
        Assert.Equal("professional", complete.Type!.Coding[0].Code);
        Assert.Equal(DemoSeed.BehavioralTherapist.Npi, complete.Provider!.Identifier!.Value);
        Assert.True(Assert.Single(complete.Insurance).Focal);
        var line = Assert.Single(complete.Item);
        Assert.Equal("99213", line.ProductOrService!.Coding[0].Code);
        Assert.Equal("2026-04-10", Assert.IsType<Date>(line.Serviced).Value);
        Assert.Equal(180.00m, line.Adjudication.Single(a => a.Category!.Coding[0].Code == "submitted").Amount!.Value);
        Assert.Equal(150.00m, line.Adjudication.Single(a => a.Category!.Coding[0].Code == "benefit").Amount!.Value);
        Assert.Equal(150.00m, complete.Total.Single(t => t.Category!.Coding[0].Code == "benefit").Amount!.Value);
        Assert.Equal("2026-05-01", complete.Payment!.Date);
        Assert.Equal(ClaimProcessingCodes.Queued, eobs[inRange[0]].Outcome);
        Assert.Null(eobs[inRange[0]].Payment);
    }

    // ACC-06: claims of a member outside the partner's network match nothing.
    [Fact]
    public async Task ACC_06_partner_finds_no_claims_of_a_member_of_another_network()
    {
        var other = await EnrollAsync(staff, "KAISER");
        var claim = await ClaimAsync(staff, other.Cin, "2026-03-03", "KAISER");
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/ExplanationOfBenefit?patient=Patient/{other.Cin}");
        var asPlan = await ReadAsync<Bundle>(staff, $"/api/fhir/r4/ExplanationOfBenefit?patient=Patient/{other.Cin}");

        await ReadAsync<OperationOutcome>(partner, $"/api/fhir/r4/ExplanationOfBenefit/{claim}", HttpStatusCode.NotFound);

        Assert.Empty(bundle.Entry);
        Assert.Equal(claim, Assert.Single(asPlan.Entry).Resource!.Id);
    }

    [Fact]
    public async Task An_entrys_full_url_reads_the_same_eob_and_an_unknown_claim_is_not_found()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);
        var entry = Assert.Single((await ReadAsync<Bundle>(partner, $"/api/fhir/r4/ExplanationOfBenefit?patient={member.Cin}&_count=1")).Entry);

        var read = await ReadAsync<ExplanationOfBenefit>(partner, new Uri(entry.FullUrl!).PathAndQuery);
        await ReadAsync<OperationOutcome>(partner, $"/api/fhir/r4/ExplanationOfBenefit/{TestData.ClaimNumber()}", HttpStatusCode.NotFound);

        Assert.Equal(paid, read.Id);
        Assert.Equal(entry.Resource!.Id, read.Id);
    }

    [Theory]
    [InlineData("_count=0", "_count")]
    [InlineData("_count=51", "_count")]
    [InlineData("_count=ten", "_count")]
    [InlineData("service-date=ge2026-13-01", "service-date")]
    [InlineData("service-date=ap2026-01-01", "service-date")]
    [InlineData("_cursor=not-a-cursor", "_cursor")]
    public async Task A_bad_search_parameter_is_a_400_operation_outcome_naming_it(string parameter, string named)
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        await AssertInvalidAsync(partner, $"/api/fhir/r4/ExplanationOfBenefit?patient=Patient/{member.Cin}&{parameter}", named);
    }

    [Fact]
    public async Task A_search_without_patient_is_a_400_naming_patient()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        await AssertInvalidAsync(partner, "/api/fhir/r4/ExplanationOfBenefit?service-date=ge2026-01-01", "patient");
    }

    [Fact]
    public async Task The_eob_search_answers_fhir_json_and_an_unknown_patient_an_empty_bundle()
    {
        using var partner = fixture.Gateway(fixture.PartnerToken);

        var bundle = await ReadAsync<Bundle>(partner, $"/api/fhir/r4/ExplanationOfBenefit?patient={TestData.Cin()}", HttpStatusCode.OK);

        Assert.Empty(bundle.Entry);
    }
}
