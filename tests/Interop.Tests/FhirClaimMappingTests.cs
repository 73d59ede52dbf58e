using Hl7.Fhir.Model;
using Platform.Interop.Fhir;
using Platform.Interop.Fhir.Claims;
using Xunit;

namespace Platform.Interop.Tests;

/// <summary>Issue 18: the pure ExplanationOfBenefit mapping (CARIN BB professional, shared with the bulk export) and the service-date search.</summary>
public sealed class FhirClaimMappingTests
{
    private static readonly FhirClaimLine Line = new(1, new(2026, 3, 10), new(2026, 3, 10), "99213", ["25"], 1, "11", 180m, 150m, 150m);

    private static readonly FhirClaim Paid = new(
        "C12345678901", "12345678A", "1234567893", new(2026, 3, 10), new(2026, 3, 10), new(2026, 3, 12), 180m, 150m, FhirClaimStatus.Finalized,
        "ALTAMED", "Medi-Cal", new DateTimeOffset(2026, 3, 20, 17, 0, 0, TimeSpan.Zero), new(2026, 4, 1), [Line]);

    [Fact]
    public void A_paid_claim_is_a_complete_professional_eob_with_totals_lines_and_payment()
    {
        var eob = FhirClaims.ExplanationOfBenefit(Paid);

        FhirValidation.AssertValid(eob);
        Assert.Equal("C12345678901", eob.Id);
        Assert.Equal(ExplanationOfBenefit.ExplanationOfBenefitStatus.Active, eob.Status);
        Assert.Equal(ClaimUseCode.Claim, eob.Use);
        Assert.Equal(ClaimProcessingCodes.Complete, eob.Outcome);
        Assert.Equal("Patient/12345678A", eob.Patient!.Reference);
        Assert.Equal(("2026-03-10", "2026-03-10"), (eob.BillablePeriod!.Start, eob.BillablePeriod.End));
        Assert.Equal("#plan", eob.Insurer!.Reference);
        Assert.Equal(("http://hl7.org/fhir/sid/us-npi", "1234567893"), (eob.Provider!.Identifier!.System, eob.Provider.Identifier.Value));
        var insurance = Assert.Single(eob.Insurance);
        Assert.True(insurance.Focal);
        Assert.Equal(FhirSystems.Cin, insurance.Coverage!.Identifier!.System);
        var item = Assert.Single(eob.Item);
        Assert.Equal("99213", item.ProductOrService!.Coding[0].Code);
        Assert.Equal([("submitted", 180m), ("eligible", 150m), ("benefit", 150m)], item.Adjudication.Select(a => (a.Category!.Coding[0].Code, a.Amount!.Value)));
        Assert.Equal([("submitted", 180m), ("benefit", 150m)], eob.Total.Select(t => (t.Category!.Coding[0].Code, t.Amount!.Value)));
        Assert.Equal("2026-04-01", eob.Payment!.Date);
        Assert.Equal(150m, eob.Payment.Amount!.Value);
    }

    [Theory]
    [InlineData(FhirClaimStatus.Received, ClaimProcessingCodes.Queued)]
    [InlineData(FhirClaimStatus.Pended, ClaimProcessingCodes.Partial)]
    [InlineData(FhirClaimStatus.Denied, ClaimProcessingCodes.Complete)]
    public void The_outcome_follows_the_claims_status(FhirClaimStatus status, ClaimProcessingCodes outcome) =>
        Assert.Equal(outcome, FhirClaims.ExplanationOfBenefit(Paid with { Status = status }).Outcome);

    [Fact]
    public void A_claim_not_yet_adjudicated_has_only_submitted_amounts_and_no_payment()
    {
        var received = Paid with
        {
            Status = FhirClaimStatus.Received, Paid = null, FinalizedAt = null, PaidOn = null, ServiceTo = new(2026, 3, 12),
            Lines = [Line with { ServiceTo = new(2026, 3, 12), Allowed = null, Paid = null, PlaceOfService = null, Modifiers = [] }],
        };

        var eob = FhirClaims.ExplanationOfBenefit(received);

        FhirValidation.AssertValid(eob);
        Assert.Null(eob.Payment);
        Assert.Equal("submitted", Assert.Single(eob.Total).Category!.Coding[0].Code);
        var item = Assert.Single(eob.Item);
        Assert.Equal("submitted", Assert.Single(item.Adjudication).Category!.Coding[0].Code);
        Assert.IsType<Period>(item.Serviced);
    }

    [Theory]
    [InlineData(new[] { "ge2026-01-01", "le2026-12-31" }, "2026-01-01", "2026-12-31")]
    [InlineData(new[] { "2026-03-10" }, "2026-03-10", "2026-03-10")]
    [InlineData(new[] { "gt2026-01-01" }, "2026-01-02", null)]
    [InlineData(new[] { "lt2026-01-01" }, null, "2025-12-31")]
    [InlineData(new string[0], null, null)]
    public void Service_dates_bound_the_days_of_service(string[] values, string? from, string? to) =>
        Assert.Equal((Day(from), Day(to)), ServiceDates.Range(values));

    [Theory]
    [InlineData("ge2026-13-01")]
    [InlineData("sa2026-01-01")]
    [InlineData("ge2026")]
    public void A_service_date_that_is_not_a_prefixed_day_is_invalid_input_naming_service_date(string value) =>
        Assert.Equal("service-date", Assert.Throws<FhirInputException>(() => ServiceDates.Range([value])).Field);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text);
}
